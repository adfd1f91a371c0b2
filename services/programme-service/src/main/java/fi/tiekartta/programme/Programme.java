package fi.tiekartta.programme;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.period.PeriodValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A development programme as defined: its code and names, the level of government and organisation
 * that own it, its vision, strategic goals and themes, the government terms it covers and where it is
 * in its life; the period it spans, its place in a Government Programme ({@code origin}), how it relates to
 * other programmes, and what it and its status rest on ({@code basis}, {@code statusBasis}: a source, our
 * inference, or illustrative content). Immutable: a revision is a new value, checked by {@link ProgrammeRules}.
 */
public record Programme(String code, Text names, ProgrammeLevel level, String ownerOrganisation, Text vision,
        List<StrategicGoal> goals, List<Text> themes, List<String> termIds, Lifecycle status, PeriodValue period,
        Origin origin, List<Relation> relations, Basis basis, Basis statusBasis) {

    /** Short codes as used in the field: SHKO, THL-RSO, PH-SOTY-2023. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{0,31}";
    /** How many relations a programme states at most. */
    public static final int MAX_RELATIONS = 20;
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final Pattern TERM_ID = Pattern.compile("\\d{4}-\\d{4}");

    public Programme {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("A programme code must be 1-32 capital letters, digits or hyphens: " + code);
        }
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(level, "level");
        if (ownerOrganisation == null || ownerOrganisation.isBlank()) {
            throw new DomainRuleViolation("A programme needs an owner organisation.");
        }
        ownerOrganisation = ownerOrganisation.strip();
        goals = goals == null ? List.of() : List.copyOf(goals);
        themes = themes == null ? List.of() : List.copyOf(themes);
        termIds = termIds == null ? List.of() : termIds.stream().sorted().toList();
        status = status == null ? Lifecycle.PLANNED : status;
        relations = relations == null ? List.of() : List.copyOf(relations);
        if (new HashSet<>(goals.stream().map(StrategicGoal::code).toList()).size() != goals.size()) {
            throw new DomainRuleViolation("Each strategic goal of a programme needs its own code.");
        }
        if (new HashSet<>(termIds).size() != termIds.size() || !termIds.stream().allMatch(id -> TERM_ID.matcher(id).matches())) {
            throw new DomainRuleViolation("Government terms are named once each by their years, e.g. 2023-2027: " + termIds);
        }
        if (relations.size() > MAX_RELATIONS) {
            throw new DomainRuleViolation("relations", "A programme states at most " + MAX_RELATIONS + " relations.");
        }
        List<Relation> seen = new ArrayList<>();
        for (Relation relation : relations) {
            if (code.equals(relation.programmeCode())) {
                throw new DomainRuleViolation("relations", "A programme is not related to itself (" + code + ").");
            }
            if (seen.stream().anyMatch(relation::sameAs)) {
                throw new DomainRuleViolation("relations", "A programme states each relation once: " + relation.type() + " "
                        + (relation.programmeCode() != null ? relation.programmeCode() : relation.name().in(relation.name().original())));
            }
            seen.add(relation);
        }
    }

    /** A programme without period, origin, relations or basis. */
    public Programme(String code, Text names, ProgrammeLevel level, String ownerOrganisation, Text vision,
            List<StrategicGoal> goals, List<Text> themes, List<String> termIds, Lifecycle status) {
        this(code, names, level, ownerOrganisation, vision, goals, themes, termIds, status, null, null, List.of(), null, null);
    }

    /** The codes of the programmes Tiekartta keeps that this one names in its relations. */
    public List<String> relatedCodes() {
        return relations.stream().map(Relation::programmeCode).filter(Objects::nonNull).distinct().toList();
    }
}
