package fi.tiekartta.regional.nationalindicators;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.period.PeriodValue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A national aggregate indicator: an observation of how a number of units ({@code total}
 * {@code unitOfObservation}s) were distributed over {@code categories} in a period, as a source reported it.
 * For example THL's baseline of structural social work in September 2020: of the 23 project areas of the
 * Future Health and Social Services Centres programme, 4 used a model across the whole region, 10 in part of
 * it and 9 not at all.
 * <p>
 * It describes the whole, not its members: the source does not say which unit is in which category, so the
 * indicator names no region and must never be turned into regional reports or attributed to one. The units
 * need not be today's 22 organisers at all (the project areas of 2020 were 23). The indicator relates to a
 * programme and, optionally, to one of its measures; both are ids of other services, stored as given and not
 * checked against them (services do not call each other).
 * <p>
 * Rules, each a {@link DomainRuleViolation} (422) when broken, besides those of {@link IndicatorCategory} and
 * {@link IndicatorSource}:
 * <ul>
 *   <li>it relates to a programme ({@code programmeId}), and has a title, an observed period (canonical text,
 *       e.g. {@code 2020-09}, or a Finnish form: {@link #observedPeriodOf}), a unit of observation and a cited
 *       source;</li>
 *   <li>at least one unit was observed ({@code total} of 1 or more);</li>
 *   <li>it has at least one and at most {@value #MAX_CATEGORIES} categories, and no category key is given
 *       twice;</li>
 *   <li>every observed unit is in exactly one category: the counts add up to {@code total}.</li>
 * </ul>
 * <p>
 * <b>Events.</b> Recording and correcting one each cause an event ({@link NationalIndicatorRules}), so the read
 * side can show the indicator beside the roadmap; what changed, when and by whom is also kept as revisions
 * ({@code GET …/{id}/history}, {@code ?asOf=} reads).
 * <p>
 * Immutable: a correction is a new value, stored as a new revision.
 *
 * @param measureId         the measure it relates to, or null
 * @param observedPeriod    when it was observed; stored as the canonical text with its bounds beside it, so
 *                          that lists can sort on the start
 * @param unitOfObservation what one counted unit is, e.g. fi "hankealue", en "project area of the Future
 *                          Health and Social Services Centres programme"
 * @param total             how many units were observed
 * @param note              anything else the reader needs to read the figures right, or null
 * @param basis             what the figures rest on, or null: a SOURCE basis citing the source document (e.g.
 *                          "[004] …"), never ILLUSTRATIVE: an indicator is a real observation or not recorded
 */
public record NationalIndicator(String programmeId, String measureId, Text title, PeriodValue observedPeriod,
        Text unitOfObservation, int total, List<IndicatorCategory> categories, IndicatorSource source, Text note,
        Basis basis) {

    public static final int MAX_CATEGORIES = 50;

    public NationalIndicator {
        if (programmeId == null || programmeId.isBlank()) {
            throw new DomainRuleViolation("A national indicator relates to a programme: give its programmeId.");
        }
        programmeId = programmeId.strip();
        measureId = measureId == null || measureId.isBlank() ? null : measureId.strip();
        if (title == null) {
            throw new DomainRuleViolation("A national indicator needs a title that says what was observed.");
        }
        if (observedPeriod == null) {
            throw missingObservedPeriod();
        }
        if (unitOfObservation == null) {
            throw new DomainRuleViolation("A national indicator needs its unit of observation (unitOfObservation): "
                    + "what one counted unit is, e.g. a project area.");
        }
        if (total < 1) {
            throw new DomainRuleViolation("A national indicator observes at least one unit; its total is " + total + ".");
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new DomainRuleViolation("A national indicator needs at least one category to count the units in.");
        }
        if (categories.size() > MAX_CATEGORIES) {
            throw new DomainRuleViolation("A national indicator has at most " + MAX_CATEGORIES + " categories, not "
                    + categories.size() + ".");
        }
        Set<String> keys = new HashSet<>();
        for (IndicatorCategory category : categories) {
            if (!keys.add(category.key())) {
                throw new DomainRuleViolation("Each category key is given once; " + category.key() + " is given twice.");
            }
        }
        long counted = categories.stream().mapToLong(IndicatorCategory::count).sum();
        if (counted != total) {
            throw new DomainRuleViolation("Every observed unit is in exactly one category, so the counts must add up "
                    + "to the total: the categories count " + counted + " units, the total is " + total + ".");
        }
        if (source == null) {
            throw new DomainRuleViolation("A national indicator cites its source (source.citation): who published "
                    + "the figures, where and when.");
        }
        if (basis != null && basis.isIllustrative()) {
            throw new DomainRuleViolation("basis", "A national indicator is a real observation from a cited source; "
                    + "made-up figures are not recorded as one (basis SOURCE or INFERENCE, or none).");
        }
    }

    /**
     * The observed period given as canonical text (e.g. {@code 2020-09}, {@code 2021-spring}, {@code 2022}) or a
     * Finnish form ("syyskuu 2020", {@link PeriodValue#read}), kept as canonical text; with the indicator's own
     * words when it is missing or not a period.
     */
    public static PeriodValue observedPeriodOf(String text) {
        if (text == null || text.isBlank()) {
            throw missingObservedPeriod();
        }
        try {
            return PeriodValue.read(text.strip());
        } catch (DomainRuleViolation e) {
            throw new DomainRuleViolation("observedPeriod", "The observed period is not a period (e.g. 2020-09, "
                    + "2021-spring, 2022, or syyskuu 2020): " + e.getMessage());
        }
    }

    private static DomainRuleViolation missingObservedPeriod() {
        return new DomainRuleViolation("observedPeriod", "A national indicator needs the period it was observed in "
                + "(observedPeriod), e.g. 2020-09.");
    }
}
