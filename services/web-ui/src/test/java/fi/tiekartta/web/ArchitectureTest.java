package fi.tiekartta.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The web UI's shape: packages by feature on a small shared base (layout, security, api) that knows no feature,
 * no cycles between packages, and no storage or messaging: the UI reads and writes only through the APIs.
 */
class ArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.tiekartta.web");

    private static final String[] FEATURES = {"..roadmap..", "..regional..", "..attention..", "..changes..",
            "..reporting..", "..verification..", "..administration..", "..accessibility..", "..notifications.."};

    @Test
    void theSharedBaseKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("..web.layout..", "..web.security..", "..web.api..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(UI);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("fi.tiekartta.web.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void theUiTalksToTheServicesOnlyThroughTheirApis() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.data..", "com.mongodb..", "org.apache.kafka..", "org.springframework.kafka..")
                .check(UI);
    }
}
