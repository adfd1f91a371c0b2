package fi.tiekartta.milestone.milestone.web;

import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.platform.web.EvidenceLinkRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** An open milestone was achieved on {@code actualDate}; {@code evidence} is added to the links it has. */
record AchievementRequest(
        @NotNull LocalDate actualDate,
        @Size(max = Milestone.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence) {
}
