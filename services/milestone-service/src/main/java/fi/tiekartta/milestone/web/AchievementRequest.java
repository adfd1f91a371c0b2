package fi.tiekartta.milestone.web;

import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.platform.web.CanonicalPeriod;
import fi.tiekartta.platform.web.EvidenceLinkRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An open milestone was achieved in {@code actual}, at the precision known: a day ({@code 2023-05-17}), a month
 * ({@code 2019-04}, "huhtikuu 2019"), a year ({@code 2022}), …; {@code evidence} is added to the links it has.
 */
record AchievementRequest(
        @NotBlank @CanonicalPeriod String actual,
        @Size(max = MilestoneInvariants.MAX_EVIDENCE) List<@NotNull @Valid EvidenceLinkRequest> evidence) {
}
