package fi.tiekartta.regional.rounds;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.keys.MeasureKey;
import fi.tiekartta.regional.keys.RegionKey;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.regions.RegionCatalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules for opening, revising and closing a reporting round: each answers the {@link Decision} it took, the
 * round after the command with the events it causes.
 * <p>
 * Each broken rule is a {@link DomainRuleViolation} (422), besides those of {@link ReportingRound} itself:
 * <ul>
 *   <li>a round opens with a deadline still to come;</li>
 *   <li>its measures are known measures of its programme, active when put in scope (learnt from
 *       workpackage-service's events); its regions are among the 22 organisers;</li>
 *   <li>it keeps its {@link Basis}: a revision that gives none keeps the round's, one that gives another is
 *       refused (an illustrative round never turns into real data, nor a real one into demo content);</li>
 *   <li>only an open round whose deadline has not passed is revised: its programme and period stay, its deadline
 *       stays in the future, and
 *       its scope only grows (a region already asked, or a measure already reported on, stays in);</li>
 *   <li>a closed round never changes again ({@link FrozenException}, 409).</li>
 * </ul>
 */
public final class RoundRules {

    /** Who closes a round at its deadline. */
    public static final String SYSTEM = "system";

    private RoundRules() {
    }

    public static Decision<ReportingRound> open(String id, ReportingRound proposed, MeasureCatalogue measures, RegionCatalogue regions,
            HumanKeys keys, String actor, Instant now) {
        if (proposed.status() != RoundStatus.OPEN) {
            throw new DomainRuleViolation("A new round is open.");
        }
        checkDeadline(proposed, now);
        checkScope(proposed, proposed.measureIds(), measures, regions);
        return Decision.of(proposed, event(ReportingEvents.ROUND_OPENED, id, proposed, keys, actor, now));
    }

    public static Decision<ReportingRound> revise(String id, ReportingRound before, ReportingRound proposed, MeasureCatalogue measures,
            RegionCatalogue regions, HumanKeys keys, String actor, Instant now) {
        checkNotClosed(before);
        if (!before.acceptsReportsAt(now)) {
            throw new FrozenException("The round's deadline " + before.deadline() + " has passed: its reports froze then "
                    + "and it is about to close. Open a new round instead.");
        }
        if (!proposed.programmeId().equals(before.programmeId()) || !proposed.period().equals(before.period())) {
            throw new DomainRuleViolation("A round keeps its programme and period; open a new round instead.");
        }
        if (proposed.basis() != null && !proposed.basis().equals(before.basis())) {
            throw new DomainRuleViolation("basis", "A round keeps its basis ("
                    + (before.basis() == null ? "none: it is a real round" : before.basis().kind().name()) + "); leave basis "
                    + "out of the revision, or open a new round.");
        }
        if (!proposed.measureIds().containsAll(before.measureIds())
                || !proposed.regionCodes().containsAll(before.regionCodes())) {
            throw new DomainRuleViolation("A round's scope only grows: the measures and regions it already has stay in it.");
        }
        ReportingRound after = new ReportingRound(before.programmeId(), proposed.title(), before.period(),
                proposed.deadline(), proposed.measureIds(), proposed.regionCodes(), RoundStatus.OPEN, null, null, null,
                before.basis());
        if (after.equals(before)) {
            return Decision.of(before);
        }
        if (!after.deadline().equals(before.deadline())) {
            checkDeadline(after, now);
        }
        List<String> added = after.measureIds().stream().filter(measure -> !before.measureIds().contains(measure)).toList();
        checkScope(after, added, measures, regions);
        return Decision.of(after, event(ReportingEvents.ROUND_REVISED, id, after, keys, actor, now));
    }

    /** An admin closes the round by hand, before or after its deadline. */
    public static Decision<ReportingRound> closeByHand(String id, ReportingRound before, HumanKeys keys, String actor,
            Instant now) {
        checkNotClosed(before);
        ReportingRound after = before.closed(now, actor, CloseReason.BY_HAND);
        return Decision.of(after, event(ReportingEvents.ROUND_CLOSED, id, after, keys, actor, now));
    }

    /**
     * The deadline decision: an open round whose deadline has passed closes, as of its deadline (the
     * reports as they stood then are the ones "reported at the deadline", however late the check runs).
     */
    public static Optional<Decision<ReportingRound>> closeIfDue(String id, ReportingRound round, HumanKeys keys, Instant now) {
        if (!round.isDueAt(now)) {
            return Optional.empty();
        }
        ReportingRound after = round.closed(round.deadline(), SYSTEM, CloseReason.DEADLINE);
        return Optional.of(Decision.of(after, event(ReportingEvents.ROUND_CLOSED, id, after, keys, SYSTEM, now)));
    }

    /** The round as events carry it, with the human keys (programme code, measure codes and titles, region names). */
    public static ReportingRoundData data(String id, ReportingRound round, HumanKeys keys) {
        return new ReportingRoundData(id, round.programmeId(), keys.programmeCode(round.programmeId()),
                round.title().toEvent(), round.periodValue().toData(), round.deadline(), round.measureIds(),
                keys.measures(round.measureIds()).stream().map(MeasureKey::toEvent).toList(), round.regionCodes(),
                keys.regions(round.regionCodes()).stream().map(RegionKey::toEvent).toList(), round.status().name(),
                round.closedAt(), round.closeReason() == null ? null : round.closeReason().name(),
                Basis.toEvent(round.basis()));
    }

    private static void checkNotClosed(ReportingRound round) {
        if (round.isClosed()) {
            throw new FrozenException("The round closed on " + round.closedAt() + " and is frozen; open a new round, "
                    + "or record corrections of its reports.");
        }
    }

    private static void checkDeadline(ReportingRound round, Instant now) {
        if (!round.deadline().isAfter(now)) {
            throw new DomainRuleViolation("The deadline " + round.deadline() + " has passed; give one still to come.");
        }
    }

    private static void checkScope(ReportingRound round, List<String> newMeasureIds, MeasureCatalogue measures,
            RegionCatalogue regions) {
        Map<String, KnownMeasure> known = measures.findAll(newMeasureIds).stream()
                .collect(Collectors.toMap(KnownMeasure::measureId, Function.identity()));
        List<String> unknown = newMeasureIds.stream().filter(measure -> !known.containsKey(measure)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation("Unknown measures: " + String.join(", ", unknown)
                    + ". A round covers measures defined in workpackage-service (GET /api/reporting-measures).");
        }
        List<String> foreign = known.values().stream().filter(measure -> !measure.programmeId().equals(round.programmeId()))
                .map(KnownMeasure::code).sorted().toList();
        if (!foreign.isEmpty()) {
            throw new DomainRuleViolation("Measures " + String.join(", ", foreign) + " belong to another programme.");
        }
        List<String> inactive = known.values().stream().filter(measure -> !measure.isActive())
                .map(measure -> measure.code() + " (" + measure.status() + ")").sorted().toList();
        if (!inactive.isEmpty()) {
            throw new DomainRuleViolation("Only active measures are reported on: " + String.join(", ", inactive) + ".");
        }
        List<String> unknownRegions = round.regionCodes().stream().filter(code -> regions.region(code).isEmpty()).toList();
        if (!unknownRegions.isEmpty()) {
            throw new DomainRuleViolation("Unknown regions: " + String.join(", ", unknownRegions)
                    + ". Regions are the 22 organisers by Statistics Finland code (GET /api/regions).");
        }
    }

    private static PendingEvent<ReportingRoundChanged> event(EventContract<ReportingRoundChanged> contract, String id,
            ReportingRound round, HumanKeys keys, String actor, Instant now) {
        return PendingEvent.of(contract, new ReportingRoundChanged(data(id, round, keys), actor, now), now);
    }
}
