package fi.tiekartta.regional.reports;

import java.util.Collection;

/**
 * Which reports of a region a listing shows; a criterion that is null (but the region) does not filter.
 *
 * @param measureIds the report's measure is one of these (a measure code turned into ids); empty matches nothing
 */
public record ReportFilter(String regionCode, String roundId, String measureId, ReportStatus status,
        Collection<String> measureIds) {

    public ReportFilter(String regionCode, String roundId, String measureId, ReportStatus status) {
        this(regionCode, roundId, measureId, status, null);
    }
}
