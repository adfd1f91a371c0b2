package fi.tiekartta.regional.reports;

/**
 * Where a report stands. The region edits a {@link #DRAFT} or a {@link #RETURNED} report and submits it; a
 * verifier verifies a {@link #SUBMITTED} report or returns it with a comment.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED,
    RETURNED;

    boolean isEditableByRegion() {
        return this == DRAFT || this == RETURNED;
    }
}
