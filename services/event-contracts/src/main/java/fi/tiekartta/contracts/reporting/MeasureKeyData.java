package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.LocalizedText;

/**
 * A measure with its human keys, as region-service last learnt them from workpackage-service's events.
 *
 * @param code  the measure's code, e.g. {@code TP3.2}; null where not (yet) learnt
 * @param title the measure's title; null where not (yet) learnt
 */
public record MeasureKeyData(String measureId, String code, LocalizedText title) {
}
