package fi.tiekartta.milestone;

import fi.tiekartta.testing.ServiceConventionsTest;
import fi.tiekartta.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class MilestoneServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String apiPath() {
        return "/api/milestones";
    }
}
