package fi.tiekartta.kernel.period;

/**
 * The kind of a {@link Period}: the precision in which the source gave it. Declared from the finest to
 * the coarsest; when two periods have the same start and the same end (say {@code 2023-04/2023-06} and
 * {@code 2023-Q2}) the one whose precision comes first here is ordered first.
 *
 * <p>DAY, MONTH, QUARTER, HALF_YEAR, SEASON and YEAR are the <em>single</em> periods
 * ({@link #isSingle()}); every range runs from one single period to another, and an open-ended period
 * starts with one.
 */
public enum Precision {
    /** One day, e.g. 17.5.2023 ({@code 2023-05-17}). */
    DAY,
    /** One calendar month, e.g. syyskuu 2021 ({@code 2021-09}). */
    MONTH,
    /** Two or more consecutive months, e.g. syyskuu 2021–toukokuu 2022 ({@code 2021-09/2022-05}). */
    MONTH_RANGE,
    /** A calendar quarter, e.g. 2023 Q2 ({@code 2023-Q2}). */
    QUARTER,
    /** A calendar half-year, used for reporting rounds, e.g. 2025 H2 ({@code 2025-H2}). */
    HALF_YEAR,
    /** One meteorological season, e.g. kevät 2023 ({@code 2023-spring}); see {@link Season}. */
    SEASON,
    /** Two or more consecutive seasons, e.g. kesä–syksy 2022 ({@code 2022-summer/2022-autumn}). */
    SEASON_RANGE,
    /** A calendar year, e.g. vuosi 2022 ({@code 2022}). */
    YEAR,
    /** Two or more consecutive calendar years, e.g. 2023–2025 ({@code 2023/2025}). */
    YEAR_RANGE,
    /**
     * A range whose ends are single periods of different kinds, or days, quarters or half-years, e.g.
     * kevät 2021–2022 ({@code 2021-spring/2022}) or 29.3.–24.4.2023 ({@code 2023-03-29/2023-04-24}).
     */
    RANGE,
    /**
     * A government term named by its two parliamentary election years, e.g. 2023–2027
     * ({@code term-2023-2027}); its bounds are the term's dates from the reference data.
     */
    TERM,
    /** From a single period on, with no end, e.g. Kevät 2023 – ({@code 2023-spring/..}). Never ends. */
    OPEN_ENDED;

    /** Whether a period of this kind is a single period, one that a range or an open-ended period can start or end with. */
    public boolean isSingle() {
        return switch (this) {
            case DAY, MONTH, QUARTER, HALF_YEAR, SEASON, YEAR -> true;
            default -> false;
        };
    }
}
