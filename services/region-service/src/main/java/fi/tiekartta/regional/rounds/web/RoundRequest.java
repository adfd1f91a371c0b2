package fi.tiekartta.regional.rounds.web;

import fi.tiekartta.platform.web.CanonicalPeriod;
import fi.tiekartta.platform.web.TextRequest;
import fi.tiekartta.regional.rounds.ReportingRound;
import fi.tiekartta.regional.rounds.RoundProposal;
import fi.tiekartta.platform.web.BasisRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * A round as an admin opens (POST) or revises (PUT) it. {@code regionCodes} defaults to all 22 organisers.
 * {@code basis} is optional: {@code {"kind": "ILLUSTRATIVE"}} marks a demo round (and so its reports) as made-up
 * content, not real data; a revision leaves it out or repeats the round's own. Unknown fields are rejected.
 */
record RoundRequest(
        @NotBlank @Size(max = 100) String programmeId,
        @NotNull @Valid TextRequest title,
        @NotBlank @CanonicalPeriod String period,
        @NotNull Instant deadline,
        @NotEmpty @Size(max = ReportingRound.MAX_MEASURES) List<@NotBlank @Size(max = 100) String> measureIds,
        @Size(max = 22) List<@NotNull @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String> regionCodes,
        @Valid BasisRequest basis) {

    RoundProposal toProposal() {
        return new RoundProposal(programmeId, title.toText(), period, deadline, measureIds, regionCodes,
                BasisRequest.toBasis(basis));
    }
}
