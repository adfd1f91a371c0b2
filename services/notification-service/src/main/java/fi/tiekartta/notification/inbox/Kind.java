package fi.tiekartta.notification.inbox;

/** What a notification is about; each kind has its own audience (see docs/services/notification-service.md). */
public enum Kind {
    /** A verifier returned a report of the region for correction: to the region's reporters. */
    REPORT_RETURNED,
    /** A round's deadline is near and the region has not submitted every report: to the region's reporters. */
    DEADLINE_NEAR,
    /** Submitted reports of a round wait for a verifier: to the verifiers. */
    REPORTS_AWAIT_VERIFICATION,
    /** A milestone's forecast passed while it is open: to its work package's owner (admins while it has none). */
    MILESTONE_OVERDUE,
    /** A work package's delivery confidence fell: to its owner (admins while it has none). */
    CONFIDENCE_DROPPED
}
