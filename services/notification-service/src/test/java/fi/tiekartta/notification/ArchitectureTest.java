package fi.tiekartta.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.tiekartta.testing.ArchitectureRules;

/** The whole service keeps the shape every service keeps (see {@link ArchitectureRules}). */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "fi.tiekartta.notification";

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = ArchitectureRules.domainIsFreeOfFrameworks(ROOT);

    @ArchTest
    static final ArchRule layers_are_respected = ArchitectureRules.layersAreRespected(ROOT);

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ArchitectureRules.packagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule storage_stays_in_persistence = ArchitectureRules.storageStaysInPersistence(ROOT);
}
