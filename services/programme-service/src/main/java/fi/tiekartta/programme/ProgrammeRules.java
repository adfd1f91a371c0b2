package fi.tiekartta.programme.programme;

import fi.tiekartta.platform.domain.Text;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.platform.domain.DomainRuleViolation;

import java.time.Instant;
import java.util.List;

/** The rules for defining and revising a programme, and the events each causes. */
public final class ProgrammeRevisions {

    private ProgrammeRevisions() {
    }

    public static PendingEvent<ProgrammeCreated> define(String id, Programme programme, String actor, Instant now) {
        return PendingEvent.of(ProgrammeEvents.CREATED, new ProgrammeCreated(id, programme.code(), text(programme.names()),
                programme.level().name(), programme.ownerOrganisation(), actor, now, text(programme.vision()),
                goals(programme), programme.themes().stream().map(ProgrammeRevisions::text).toList(),
                programme.termIds(), programme.status().name()), now);
    }

    /** A revision that changes nothing causes nothing; the status moves only forward. */
    public static List<PendingEvent<?>> revise(String id, Programme before, Programme after, String actor, Instant now) {
        if (!before.status().canBecome(after.status())) {
            throw new DomainRuleViolation("A " + before.status().name().toLowerCase() + " programme cannot become "
                    + after.status().name().toLowerCase() + ".");
        }
        if (before.equals(after)) {
            return List.of();
        }
        return List.of(PendingEvent.of(ProgrammeEvents.REVISED, new ProgrammeRevised(id, after.code(), text(after.names()),
                after.level().name(), after.ownerOrganisation(), text(after.vision()), goals(after),
                after.themes().stream().map(ProgrammeRevisions::text).toList(), after.termIds(), after.status().name(),
                before.status().name(), actor, now), now));
    }

    private static List<StrategicGoalData> goals(Programme programme) {
        return programme.goals().stream().map(goal -> new StrategicGoalData(goal.code(), text(goal.title()))).toList();
    }

    private static LocalizedText text(Text text) {
        return text == null ? null : text.toEvent();
    }
}
