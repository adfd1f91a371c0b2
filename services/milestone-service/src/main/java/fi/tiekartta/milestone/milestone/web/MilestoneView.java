package fi.tiekartta.milestone.milestone.web;

import fi.tiekartta.contracts.period.Language;
import fi.tiekartta.contracts.period.Period;
import fi.tiekartta.milestone.milestone.EvidenceLink;
import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.milestone.milestone.ParentRef;
import fi.tiekartta.milestone.milestone.PeriodValue;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as the API shows it. {@code overdue} is true while it is open and its forecast has ended (on
 * the day asked about); {@code overdueFlaggedFor} is the forecast the overdue event was sent for.
 */
record MilestoneView(String id, String programmeId, ParentRef parent, Text title, PeriodView baseline,
        PeriodView forecast, LocalDate actualDate, String status, List<EvidenceLink> evidence, boolean overdue,
        String overdueFlaggedFor, long version, String createdBy, Instant createdAt, String lastChangedBy,
        Instant lastChangedAt) {

    /** A period as given ("kevät 2023") with its canonical text, bounds and precision. */
    record PeriodView(String value, Label label, LocalDate start, LocalDate end, String precision) {

        static PeriodView of(PeriodValue stored) {
            Period period = stored.period();
            return new PeriodView(period.toString(), new Label(period.label(Language.FI), period.label(Language.SV),
                    period.label(Language.EN)), period.start(), period.end(), period.precision().name());
        }
    }

    record Label(String fi, String sv, String en) {
    }

    static MilestoneView of(Versioned<Milestone> stored, LocalDate today) {
        Milestone milestone = stored.state();
        return new MilestoneView(stored.id(), milestone.programmeId(), milestone.parent(), milestone.title(),
                PeriodView.of(milestone.baseline()), PeriodView.of(milestone.forecast()), milestone.actualDate(),
                milestone.status().name(), milestone.evidence(), milestone.isOverdueOn(today),
                milestone.overdueFlaggedFor(), stored.version(), stored.createdBy(), stored.createdAt(),
                stored.lastChangedBy(), stored.lastChangedAt());
    }
}
