package fi.tiekartta.localstack.demo;

/** A regional report's workflow status, as region-service names it. */
enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    VERIFIED
}
