package fi.tiekartta.regional.nationalindicators;

import java.util.Collection;

/**
 * Which national indicators a listing shows; a criterion that is null does not filter. The codes a client filters
 * by are turned into ids first: an empty collection matches nothing.
 */
public record IndicatorFilter(Collection<String> programmeIds, Collection<String> measureIds) {
}
