package fi.tiekartta.localstack.demo;

import fi.tiekartta.kernel.period.Language;
import fi.tiekartta.kernel.period.Period;

import java.time.LocalDate;
import java.util.Map;

/**
 * A half-year, the period of a demo reporting round, in the canonical text of {@code docs/periods.md}
 * ({@code 2026-H1}) and with its labels ("1. vuosipuolisko 2026", "första halvåret 2026", "first half of 2026").
 *
 * @param half 1 (January–June) or 2 (July–December)
 */
record HalfYear(int year, int half) {

    HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("A half-year is 1 or 2, not " + half);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("A half-year's year has four digits, not " + year);
        }
    }

    /** The half-year the day falls in. */
    static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    /** The canonical period text, e.g. {@code 2026-H1}. */
    String canonical() {
        return year + "-H" + half;
    }

    /** The label in fi, sv and en: the contract's own ({@link Period#label}), as the services show it. */
    Map<String, String> labels() {
        Period period = Period.parse(canonical());
        return Map.of("fi", period.label(Language.FI), "sv", period.label(Language.SV), "en", period.label(Language.EN));
    }

    @Override
    public String toString() {
        return canonical();
    }
}
