package fi.tiekartta.notification;

import fi.tiekartta.testing.ServiceConventionsTest;
import fi.tiekartta.testing.ServiceIntegrationTest;

@ServiceIntegrationTest
class NotificationServiceConventionsTest extends ServiceConventionsTest {

    @Override
    protected String apiPath() {
        return "/api/notifications";
    }
}
