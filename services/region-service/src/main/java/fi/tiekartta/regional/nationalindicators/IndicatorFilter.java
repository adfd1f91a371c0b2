package fi.tiekartta.regional.nationalindicators;

/** Which national indicators a listing shows; a criterion that is null does not filter. */
public record IndicatorFilter(String programmeId, String measureId) {
}
