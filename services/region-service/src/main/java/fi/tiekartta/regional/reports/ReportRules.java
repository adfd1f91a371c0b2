package fi.tiekartta.regional.reports;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.milestone.EvidenceData;
import fi.tiekartta.contracts.reporting.IndicatorData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.VerificationData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.rounds.FrozenException;
import fi.tiekartta.regional.rounds.ReportingRound;

import java.time.Instant;
import java.util.List;

/**
 * The workflow of a regional report: each step answers the {@link Decision} it took, the report after it with
 * the events it causes (a draft's edits cause none).
 * <pre>
 *   draft ──submit──▶ submitted ──verify──▶ verified
 *     ▲                   │
 *     └──edit── returned ◀┘ return (with a comment)
 * </pre>
 * While the round accepts reports (open, deadline to come) the region edits its draft or returned report
 * and submits it, and a verifier verifies or returns it. Once the round has closed (or its deadline has
 * passed) the report is frozen ({@link FrozenException}, 409): the only change left is a correction, a new
 * self-report by the region or a new verified value by a verifier, with a reason; the report as it stood at
 * the close is kept beside it. A report belongs to one cell (round, region, measure) for good: a new one names
 * its cell, and an edit never moves it to another. Other broken rules are {@link DomainRuleViolation}s (422).
 * <p>
 * A report of an illustrative round is illustrative ({@link #basisOf}): it takes the round's ILLUSTRATIVE basis
 * when drafted, and keeps it; made-up content never passes for a real report.
 */
public final class ReportRules {

    private ReportRules() {
    }

    /**
     * A new report names its cell: the round and the measure (the region is the one it is written for). Checked
     * before the round is looked up, and again by {@link #draft}.
     */
    public static void checkNamesItsCell(String roundId, String measureId) {
        if (roundId == null || measureId == null) {
            throw new DomainRuleViolation("A new report names its cell: give roundId and measureId.");
        }
    }

    /**
     * What a report of this round rests on, given what the region sent ({@code requested}, or null): in an
     * illustrative round the round's ILLUSTRATIVE basis, unless the region sent an illustrative basis of its own
     * (any other kind is refused); in a real round what the region sent (or, in an edit, what the report had).
     */
    public static Basis basisOf(ReportingRound round, Basis requested, Basis current) {
        if (round.isIllustrative()) {
            if (requested != null && !requested.isIllustrative()) {
                throw new DomainRuleViolation("basis", "The round is illustrative (demo content, not real data), and so "
                        + "is every report of it: its basis is ILLUSTRATIVE or left out, not " + requested.kind() + ".");
            }
            return requested != null ? requested : current != null && current.isIllustrative() ? current : round.basis();
        }
        return requested != null ? requested : current;
    }

    /** A new draft for a cell of the round; {@code basis} is what the region sent, or null ({@link #basisOf}). */
    public static Decision<RegionalReport> draft(ReportingRound round, String roundId, String regionCode, String measureId,
            ReportContent content, Basis basis, String actor, Instant now) {
        checkNamesItsCell(roundId, measureId);
        checkAccepting(round, now);
        if (!round.regionCodes().contains(regionCode)) {
            throw new DomainRuleViolation("Region " + regionCode + " is not asked to report in this round.");
        }
        if (!round.measureIds().contains(measureId)) {
            throw new DomainRuleViolation("Measure " + measureId + " is not in this round's scope.");
        }
        return Decision.of(new RegionalReport(roundId, regionCode, measureId, round.programmeId(), content,
                ReportStatus.DRAFT, null, null, null, null, null, List.of(), basisOf(round, basis, null)));
    }

    /**
     * The region rewrites its draft or returned report. A report stays in its cell: {@code roundId} and
     * {@code measureId}, where the region names them, are the report's own.
     */
    public static Decision<RegionalReport> edit(ReportingRound round, RegionalReport before, String roundId,
            String measureId, ReportContent content, Basis basis, Instant now) {
        if (roundId != null && !roundId.equals(before.roundId())
                || measureId != null && !measureId.equals(before.measureId())) {
            throw new DomainRuleViolation("A report stays in its cell: roundId and measureId are its own or left out.");
        }
        checkAccepting(round, now);
        checkEditable(before);
        Basis newBasis = basisOf(round, basis, before.basis());
        return Decision.of(before.with(content, before.status(), before.verified(), before.returned(),
                before.reporter(), before.submittedAt()).withBasis(newBasis));
    }

    public static Decision<RegionalReport> submit(String id, ReportingRound round, RegionalReport before, HumanKeys keys,
            String actor, Instant now) {
        checkAccepting(round, now);
        checkEditable(before);
        before.selfReport().checkComplete();
        RegionalReport after = before.with(before.selfReport(), ReportStatus.SUBMITTED, null, before.returned(), actor, now);
        return Decision.of(after, event(ReportingEvents.REPORT_SUBMITTED, id, after, null, keys, actor, now));
    }

    /**
     * A verifier verifies a submitted report; {@code value} is the verified implementation, the self-reported
     * one when not given.
     */
    public static Decision<RegionalReport> verify(String id, ReportingRound round, RegionalReport before, Implementation value,
            String comment, HumanKeys keys, String actor, Instant now) {
        checkAccepting(round, now);
        checkSubmitted(before, "verified");
        Verification verification = new Verification(value != null ? value : before.selfReport().implementation(),
                comment, actor, now);
        RegionalReport after = before.with(before.selfReport(), ReportStatus.VERIFIED, verification, null,
                before.reporter(), before.submittedAt());
        return Decision.of(after, event(ReportingEvents.REPORT_VERIFIED, id, after, verification.comment(),
                keys, actor, now));
    }

    public static Decision<RegionalReport> returnForCorrection(String id, ReportingRound round, RegionalReport before, String comment,
            HumanKeys keys, String actor, Instant now) {
        checkAccepting(round, now);
        checkSubmitted(before, "returned");
        if (comment == null || comment.isBlank()) {
            throw new DomainRuleViolation("Say what the region should correct (comment).");
        }
        RegionalReport after = before.with(before.selfReport(), ReportStatus.RETURNED, null,
                new ReturnNote(comment.strip(), actor, now), before.reporter(), before.submittedAt());
        return Decision.of(after, event(ReportingEvents.REPORT_RETURNED, id, after, comment.strip(), keys, actor,
                now));
    }

    /** After the close: the region corrects its self-report; it then waits for a verified correction (SUBMITTED). */
    public static Decision<RegionalReport> correctSelfReport(String id, ReportingRound round, RegionalReport before,
            ReportContent content, String reason, HumanKeys keys, String actor, Instant now) {
        checkCorrectable(round, before, reason, now);
        content.checkComplete();
        Correction correction = new Correction(before.corrections().size() + 1, Correction.Kind.SELF_REPORT,
                reason.strip(), actor, now);
        RegionalReport after = before.corrected(content, ReportStatus.SUBMITTED, before.verified(), actor, now, correction);
        return Decision.of(after, event(ReportingEvents.REPORT_REVISED, id, after, reason.strip(), keys, actor, now));
    }

    /** After the close: a verifier records a new verified value (of the report as it now stands). */
    public static Decision<RegionalReport> correctVerified(String id, ReportingRound round, RegionalReport before,
            Implementation value, String comment, String reason, HumanKeys keys, String actor, Instant now) {
        checkCorrectable(round, before, reason, now);
        if (value == null) {
            throw new DomainRuleViolation("Give the verified implementation level.");
        }
        Correction correction = new Correction(before.corrections().size() + 1, Correction.Kind.VERIFIED,
                reason.strip(), actor, now);
        RegionalReport after = before.corrected(before.selfReport(), ReportStatus.VERIFIED,
                new Verification(value, comment, actor, now), before.reporter(), before.submittedAt(), correction);
        return Decision.of(after, event(ReportingEvents.REPORT_REVISED, id, after, reason.strip(), keys, actor, now));
    }

    /** The report as events carry it, with the human keys (programme code, measure code, region name). */
    public static RegionalReportData data(String id, RegionalReport report, HumanKeys keys) {
        Verification verified = report.verified();
        Text regionName = keys.regionName(report.regionCode());
        return new RegionalReportData(id, report.roundId(), report.programmeId(), keys.programmeCode(report.programmeId()),
                report.measureId(), keys.measure(report.measureId()).code(), report.regionCode(),
                regionName == null ? null : regionName.toEvent(), report.status().name(), content(report.selfReport()),
                verified == null ? null : new VerificationData(verified.value().level().name(), verified.value().share(),
                        name(verified.value().shareBasis()), verified.comment(), verified.verifiedBy(), verified.verifiedAt()),
                report.reporter(), report.corrections().size(), Basis.toEvent(report.basis()));
    }

    private static void checkAccepting(ReportingRound round, Instant now) {
        if (!round.acceptsReportsAt(now)) {
            throw new FrozenException("The round " + (round.isClosed() ? "closed on " + round.closedAt()
                    : "passed its deadline " + round.deadline()) + ": its reports are frozen. "
                    + "Record a correction instead (POST …/corrections).");
        }
    }

    private static void checkEditable(RegionalReport report) {
        if (!report.status().isEditableByRegion()) {
            throw new DomainRuleViolation("A " + report.status().name().toLowerCase() + " report is not edited by the region; "
                    + "only a draft or a returned report is.");
        }
    }

    private static void checkSubmitted(RegionalReport report, String what) {
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new DomainRuleViolation("Only a submitted report is " + what + "; this one is "
                    + report.status().name().toLowerCase() + ".");
        }
    }

    private static void checkCorrectable(ReportingRound round, RegionalReport report, String reason, Instant now) {
        if (round.acceptsReportsAt(now)) {
            throw new DomainRuleViolation("The round is still open: edit, submit, verify or return the report instead "
                    + "of recording a correction.");
        }
        if (report.status() == ReportStatus.DRAFT) {
            throw new DomainRuleViolation("The report was never submitted before the round closed, so there is no "
                    + "reported value to correct.");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("Give the reason for the correction.");
        }
    }

    private static ReportContentData content(ReportContent content) {
        return new ReportContentData(name(content.level()), content.share(), name(content.shareBasis()),
                text(content.narrative()),
                content.indicators().stream().map(indicator -> new IndicatorData(indicator.name().toEvent(), indicator.unit(),
                        indicator.baseline(), indicator.target(), indicator.actual())).toList(),
                content.evidence().stream().map(link -> new EvidenceData(link.url(), link.title())).toList());
    }

    private static LocalizedText text(Text text) {
        return text == null ? null : text.toEvent();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static PendingEvent<RegionalReportChanged> event(EventContract<RegionalReportChanged> contract, String id,
            RegionalReport report, String comment, HumanKeys keys, String actor, Instant now) {
        return PendingEvent.of(contract, new RegionalReportChanged(data(id, report, keys), comment, actor, now), now);
    }
}
