package fi.tiekartta.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The contract's types are read by every producer and consumer, and by outside teams: plain Java records and
 * constants. Only the AsyncAPI document, generated from them, needs Jackson and a JSON Schema validator; nothing here
 * needs Spring or Kafka.
 */
@AnalyzeClasses(packages = "fi.tiekartta.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractDependenciesTest {

    @ArchTest
    static final ArchRule the_contract_types_use_no_json_library = noClasses()
            .that().resideOutsideOfPackage("fi.tiekartta.contracts.asyncapi..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..", "com.networknt..")
            .because("the types are the contract; how the AsyncAPI document is written is not");

    @ArchTest
    static final ArchRule nothing_here_needs_spring_or_kafka = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "io.cloudevents..")
            .because("the module is shared by every service and by the gateway, whatever they run on");
}
