package fi.tiekartta.progress;

import fi.tiekartta.testing.ServiceConventionsTest;
import fi.tiekartta.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class ProgressServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String apiPath() {
        return "/api/progress/programmes";
    }
}
