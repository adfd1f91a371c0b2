package fi.tiekartta.regional.measures;

import fi.tiekartta.kernel.Text;

/**
 * A measure as learnt from workpackage-service's events.
 *
 * @param status ACTIVE, DROPPED, SPLIT or MERGED: only an active measure can be put in a new round's scope
 */
public record KnownMeasure(String measureId, String programmeId, String workPackageId, String code, Text title,
        String status) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
