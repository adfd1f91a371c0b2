package fi.tiekartta.regional.programmes;

import fi.tiekartta.kernel.Text;

/**
 * A programme as region-service knows it, learnt from programme-service's events: enough to show its human
 * key (the code, e.g. {@code SHKO}) next to its id and to filter by it.
 */
public record KnownProgramme(String programmeId, String code, Text names) {
}
