package fi.tiekartta.regional.reports;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.util.Objects;
import java.util.stream.Stream;

/** An indicator of a report: its name, its unit ("%", "asiakasta") and its baseline, target and actual values. */
public record Indicator(Text name, String unit, Double baseline, Double target, Double actual) {

    public static final int MAX_UNIT_LENGTH = 40;

    public Indicator {
        Objects.requireNonNull(name, "name");
        unit = unit == null ? null : unit.strip();
        if (unit == null || unit.isEmpty() || unit.length() > MAX_UNIT_LENGTH) {
            throw new DomainRuleViolation("An indicator needs its unit (at most " + MAX_UNIT_LENGTH + " characters), e.g. % or asiakasta.");
        }
        if (Stream.of(baseline, target, actual).anyMatch(value -> value != null && !Double.isFinite(value))) {
            throw new DomainRuleViolation("An indicator's values are numbers.");
        }
    }
}
