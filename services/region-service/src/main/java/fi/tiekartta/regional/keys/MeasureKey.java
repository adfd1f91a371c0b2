package fi.tiekartta.regional.keys;

import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.kernel.Text;

/**
 * A measure id with the measure's human keys as region-service last learnt them: its code (e.g. {@code TP3.2})
 * and title; both null where the measure is not (yet) known.
 */
public record MeasureKey(String measureId, String code, Text title) {

    public MeasureKeyData toEvent() {
        return new MeasureKeyData(measureId, code, title == null ? null : title.toEvent());
    }
}
