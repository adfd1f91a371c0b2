package fi.tiekartta.regional.rounds;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.regions.Region;
import fi.tiekartta.regional.regions.RegionCatalogue;

import java.time.Instant;
import java.util.List;

/**
 * A round as an admin describes it when opening or revising it, not yet checked: {@link #toRound} checks it
 * (a broken rule of {@link ReportingRound}, 422). No regions means every organiser; {@code basis} is null for a
 * real round (in a revision: the round keeps its own).
 */
public record RoundProposal(String programmeId, Text title, String period, Instant deadline, List<String> measureIds,
        List<String> regionCodes, Basis basis) {

    /** The proposed round, asking every organiser of the catalogue when no region is named. */
    public ReportingRound toRound(RegionCatalogue regions) {
        List<String> codes = regionCodes == null || regionCodes.isEmpty()
                ? regions.regions().stream().map(Region::code).toList() : regionCodes;
        return ReportingRound.proposed(programmeId, title, period, deadline, measureIds, codes, basis);
    }
}
