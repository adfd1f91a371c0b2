package fi.tiekartta.workpackage;

import fi.tiekartta.testing.ServiceConventionsTest;
import fi.tiekartta.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class WorkPackageServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String apiPath() {
        return "/api/work-packages";
    }
}
