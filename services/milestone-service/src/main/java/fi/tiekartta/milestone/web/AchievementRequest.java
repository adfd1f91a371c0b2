package fi.tiekartta.milestone.web;

import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.platform.web.EvidenceLinkRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** An open milestone was achieved on {@code actualDate}; {@code evidence} is added to the links it has. */
record AchievementRequest(
        @NotNull LocalDate actualDate,
        @Size(max = MilestoneInvariants.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence) {
}
