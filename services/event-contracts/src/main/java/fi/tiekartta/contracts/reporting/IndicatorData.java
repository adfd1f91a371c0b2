package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.LocalizedText;

/** An indicator of a report: its name, unit ("%", "henkilöä") and baseline, target and actual values (each may be null). */
public record IndicatorData(LocalizedText name, String unit, Double baseline, Double target, Double actual) {
}
