package fi.tiekartta.milestone;

/**
 * The human keys of what a milestone refers to, as this service last learnt them from the programme and work
 * package contexts' events: integrations and people think in codes (SHKO, TP3, TP3.2), not in ids. Resolved
 * whenever a milestone is planned or changed, stored with it and carried in its events; a code changed later in
 * its own context reaches the milestone with its next change.
 *
 * @param programmeCode   e.g. SHKO
 * @param parentCode      the work package's (TP3) or measure's (TP3.2) code
 * @param workPackageCode the work package's code: the parent's own, or its measure's work package's
 */
public record MilestoneKeys(String programmeCode, String parentCode, String workPackageCode) {

    /** Before the keys are known (a milestone as a request or an import gave it). */
    public static final MilestoneKeys UNKNOWN = new MilestoneKeys(null, null, null);
}
