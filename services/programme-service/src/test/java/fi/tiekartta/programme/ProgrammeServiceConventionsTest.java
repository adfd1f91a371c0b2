package fi.tiekartta.programme;

import fi.tiekartta.testing.ServiceConventionsTest;
import fi.tiekartta.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class ProgrammeServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String apiPath() {
        return "/api/programmes";
    }
}
