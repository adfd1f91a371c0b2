package fi.tiekartta.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway is the one door: reactive from end to end, and it knows the services only as routes, never as
 * code. A servlet or blocking-store dependency would stall its event loop; a dependency on a service's or the
 * platform's classes would tie its deployment to theirs.
 */
@AnalyzeClasses(packages = "fi.tiekartta.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_gateway_knows_services_only_as_routes = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("fi.tiekartta.platform..", "fi.tiekartta.kernel..",
                    "fi.tiekartta.programme..", "fi.tiekartta.workpackage..", "fi.tiekartta.milestone..",
                    "fi.tiekartta.regional..", "fi.tiekartta.region..", "fi.tiekartta.progress..")
            .because("services are reached over HTTP through routes, so each deploys on its own");

    @ArchTest
    static final ArchRule the_gateway_is_reactive = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..",
                    "org.springframework.data.mongodb.core..", "org.springframework.kafka.core..")
            .because("a blocking call on the gateway's event loop would stall every request it carries");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("fi.tiekartta.gateway.(**)").should().beFreeOfCycles()
            .allowEmptyShould(true);
}
