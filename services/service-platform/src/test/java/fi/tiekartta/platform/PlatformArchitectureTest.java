package fi.tiekartta.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "fi.tiekartta", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformArchitectureTest {

    @ArchTest
    static final ArchRule platform_packages_are_free_of_cycles =
            slices().matching("fi.tiekartta.platform.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_kernel_is_plain_java = noClasses().that().resideInAPackage("fi.tiekartta.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "fi.tiekartta.platform..",
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "tools.jackson..", "io.cloudevents..")
            .because("the shared kernel is domain code every context uses, free of frameworks");

    @ArchTest
    static final ArchRule the_contract_knows_no_domain = noClasses().that().resideInAPackage("fi.tiekartta.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage("fi.tiekartta.kernel..", "fi.tiekartta.platform..",
                    "org.springframework..")
            .because("the published event contract is records and schemas only; domain types map to it at the edge");
}
