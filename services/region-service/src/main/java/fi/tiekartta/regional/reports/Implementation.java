package fi.tiekartta.regional.reports;

import fi.tiekartta.kernel.DomainRuleViolation;

/**
 * An implementation level with, for {@link ImplementationLevel#PARTIAL}, the share covered (0–100 %) and what
 * it is a share of. Used both for the region's self-report and for the verified value.
 */
public record Implementation(ImplementationLevel level, Double share, ShareBasis shareBasis) {

    public Implementation {
        if (level == null) {
            throw new DomainRuleViolation("Give the implementation level.");
        }
        check(level, share, shareBasis);
    }

    /** The share rule, for a level that may still be missing in a draft. */
    static void check(ImplementationLevel level, Double share, ShareBasis shareBasis) {
        if (level == ImplementationLevel.PARTIAL) {
            if (share == null || shareBasis == null) {
                throw new DomainRuleViolation("A measure in use in part of the region needs the share covered (0–100 %) "
                        + "and whether it is a share of the population or of the municipalities.");
            }
            if (share.isNaN() || share < 0 || share > 100) {
                throw new DomainRuleViolation("The share covered is between 0 and 100 %, not " + share + ".");
            }
        } else if (share != null || shareBasis != null) {
            throw new DomainRuleViolation("Only a measure in use in part of the region has a share covered"
                    + (level == null ? "; give the level first." : "; this one is " + level + "."));
        }
    }
}
