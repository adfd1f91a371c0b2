package fi.tiekartta.region;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.tiekartta.testing.ArchitectureRules;

@AnalyzeClasses(packages = "fi.tiekartta.region", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = ArchitectureRules.domainIsFreeOfFrameworks("fi.tiekartta.region");
}
