package fi.tiekartta.programme;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.programme.OriginData;
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for defining and revising a programme, and the events each causes. The API and the roadmap import
 * both ask these rules (the import before it accepts a document, see {@code RoadmapChecks}), so a programme the
 * import accepted is never refused when it is applied.
 */
public final class ProgrammeRules {

    private ProgrammeRules() {
    }

    /** A new programme, naming only government terms that exist. */
    public static Decision<Programme> define(String id, Programme programme, Set<String> knownTermIds, String actor, Instant now) {
        checkTerms(programme.termIds(), knownTermIds);
        return Decision.of(programme, PendingEvent.of(ProgrammeEvents.CREATED, new ProgrammeCreated(id, programme.code(),
                text(programme.names()), programme.level().name(), programme.ownerOrganisation(), actor, now,
                text(programme.vision()), goals(programme), themes(programme), programme.termIds(),
                programme.status().name(), period(programme), origin(programme), relations(programme),
                Basis.toEvent(programme.basis()), Basis.toEvent(programme.statusBasis())), now));
    }

    /** A revision names only known terms and moves the status only forward; one that changes nothing causes nothing. */
    public static Decision<Programme> revise(String id, Programme before, Programme after, Set<String> knownTermIds,
            String actor, Instant now) {
        checkTerms(after.termIds(), knownTermIds);
        checkStatusChange(before, after);
        if (before.equals(after)) {
            return Decision.of(before);
        }
        return Decision.of(after, PendingEvent.of(ProgrammeEvents.REVISED, new ProgrammeRevised(id, after.code(),
                text(after.names()), after.level().name(), after.ownerOrganisation(), text(after.vision()), goals(after),
                themes(after), after.termIds(), after.status().name(), before.status().name(), actor, now, period(after),
                origin(after), relations(after), Basis.toEvent(after.basis()), Basis.toEvent(after.statusBasis())), now));
    }

    /**
     * Every programme a programme names by code in its relations must exist: be kept already ({@code knownCodes}) or,
     * in a roadmap import, be defined by the same document.
     */
    public static void checkRelations(Programme programme, Set<String> knownCodes) {
        List<String> unknown = programme.relatedCodes().stream().filter(code -> !knownCodes.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation("relations", "No programme with code(s) " + unknown + "; a relation names a programme"
                    + " Tiekartta keeps by its code, or one outside it by its name.");
        }
    }

    /** Every government term a programme names must exist: the terms are this service's reference data. */
    public static void checkTerms(Collection<String> termIds, Set<String> knownTermIds) {
        List<String> unknown = termIds.stream().filter(id -> !knownTermIds.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation("termIds", "Unknown government term(s) " + unknown + "; see /api/government-terms.");
        }
    }

    /** A programme's lifecycle moves only forward (see {@link fi.tiekartta.kernel.Lifecycle#canBecome}). */
    public static void checkStatusChange(Programme before, Programme after) {
        if (!before.status().canBecome(after.status())) {
            throw new DomainRuleViolation("status", "A " + lower(before) + " programme cannot become " + lower(after) + ".");
        }
    }

    private static String lower(Programme programme) {
        return programme.status().name().toLowerCase(Locale.ROOT);
    }

    private static List<StrategicGoalData> goals(Programme programme) {
        return programme.goals().stream().map(goal -> new StrategicGoalData(goal.code(), text(goal.title()))).toList();
    }

    private static PeriodData period(Programme programme) {
        return programme.period() == null ? null : programme.period().period().toData();
    }

    private static OriginData origin(Programme programme) {
        return programme.origin() == null ? null : programme.origin().toEvent();
    }

    private static List<RelationData> relations(Programme programme) {
        return programme.relations().stream().map(Relation::toEvent).toList();
    }

    private static List<LocalizedText> themes(Programme programme) {
        return programme.themes().stream().map(ProgrammeRules::text).toList();
    }

    private static LocalizedText text(Text text) {
        return text == null ? null : text.toEvent();
    }
}
