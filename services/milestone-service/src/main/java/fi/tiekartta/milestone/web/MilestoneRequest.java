package fi.tiekartta.milestone.web;

import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.ParentKind;
import fi.tiekartta.milestone.ParentRef;
import fi.tiekartta.platform.web.BasisRequest;
import fi.tiekartta.platform.web.CanonicalPeriod;
import fi.tiekartta.platform.web.EvidenceLinkRequest;
import fi.tiekartta.platform.web.TextRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A milestone as an admin plans (POST) or revises (PUT) it. The programme and the parent must be ones this
 * service knows (else 422). Periods are canonical text ({@code 2023-spring}) or a Finnish form ("kevät 2023");
 * the forecast defaults to the baseline, the status to PLANNED; {@code actual} (when it was achieved, at the
 * precision known) is given exactly when the status is ACHIEVED. Unknown fields are rejected.
 */
record MilestoneRequest(
        @Size(max = 32) String code,
        @NotBlank @Size(max = 100) String programmeId,
        @NotNull @Valid ParentRequest parent,
        @NotNull @Valid TextRequest title,
        @NotBlank @CanonicalPeriod String baseline,
        @CanonicalPeriod String forecast,
        MilestoneStatus status,
        @CanonicalPeriod String actual,
        @Size(max = MilestoneInvariants.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence,
        @Valid BasisRequest basis) {

    /** The work package or measure the milestone belongs to, by its id in workpackage-service. */
    record ParentRequest(@NotNull ParentKind kind, @NotBlank @Size(max = 100) String id) {
    }

    Milestone toMilestone() {
        return new Milestone(code, programmeId, new ParentRef(parent.kind(), parent.id()), title.toText(),
                period(baseline), period(forecast), period(actual), status, links(evidence), BasisRequest.toBasis(basis));
    }

    static List<EvidenceLink> links(List<EvidenceLinkRequest> evidence) {
        return EvidenceLinkRequest.toLinks(evidence);
    }

    /** Canonical text or a Finnish form, as the period was sent; null stays null. */
    static PeriodValue period(String text) {
        return text == null ? null : PeriodValue.read(text);
    }
}
