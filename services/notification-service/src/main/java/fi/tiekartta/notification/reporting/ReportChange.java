package fi.tiekartta.notification.reporting;

import java.time.Instant;

/**
 * A regional report event as this service reads it.
 *
 * @param eventId the CloudEvents id: what makes a notification of it the same one if the event comes again
 * @param status  the report's status after the change (SUBMITTED, VERIFIED, RETURNED)
 * @param comment what to correct (returned), or null
 */
public record ReportChange(String eventId, String reportId, String roundId, String programmeCode, String regionCode,
        String measureId, String measureCode, String status, String comment, String changedBy, Instant at) {

    public boolean awaitsVerification() {
        return "SUBMITTED".equals(status);
    }
}
