package fi.tiekartta.milestone.web;

import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.ParentKind;
import fi.tiekartta.milestone.ParentRef;
import fi.tiekartta.platform.web.CanonicalPeriod;
import fi.tiekartta.platform.web.EvidenceLinkRequest;
import fi.tiekartta.platform.web.TextRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as an admin plans (POST) or revises (PUT) it. Periods are canonical text ({@code 2023-spring});
 * the forecast defaults to the baseline, the status to PLANNED. Unknown fields are rejected.
 */
record MilestoneRequest(
        @NotBlank @Size(max = 100) String programmeId,
        @NotNull @Valid ParentRequest parent,
        @NotNull @Valid TextRequest title,
        @NotBlank @CanonicalPeriod String baseline,
        @CanonicalPeriod String forecast,
        MilestoneStatus status,
        LocalDate actualDate,
        @Size(max = MilestoneInvariants.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence) {

    /** The work package or measure the milestone belongs to, by its id in workpackage-service. */
    record ParentRequest(@NotNull ParentKind kind, @NotBlank @Size(max = 100) String id) {
    }

    Milestone toMilestone() {
        return new Milestone(programmeId, new ParentRef(parent.kind(), parent.id()), title.toText(),
                PeriodValue.of(baseline), forecast == null ? null : PeriodValue.of(forecast), actualDate, status,
                links(evidence));
    }

    static List<EvidenceLink> links(List<EvidenceLinkRequest> evidence) {
        return EvidenceLinkRequest.toLinks(evidence);
    }
}
