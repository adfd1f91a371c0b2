package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.LocalizedText;

/** A measure reported on, with its human keys (code, e.g. {@code TP6.1}, and title) as the rounds carry them. */
public record MeasureKey(String measureId, String code, LocalizedText title) {
}
