package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.Instant;
import java.util.List;

/**
 * The open data of one closed reporting round: every organiser × measure of the round as reported at its deadline
 * and as corrected since, with its licence (CC BY 4.0) and provenance, and the human keys (codes and names in
 * fi/sv/en) of the measures, organisers, cooperation areas and the implementation scale.
 *
 * @param illustrative     whether the round is made-up demo content (its basis is ILLUSTRATIVE): never to be taken
 *                         for real data
 * @param illustrativeNote what that means, in fi/sv/en; null for a real round
 */
public record RoundOpenData(
        LocalizedText title,
        Licence licence,
        Provenance provenance,
        boolean illustrative,
        LocalizedText illustrativeNote,
        List<ScaleLevel> levels,
        List<Measure> measures,
        List<Organiser> organisers,
        List<Cell> cells) {

    /** The licence: its SPDX id, its name and its deed's address, and how to attribute the data. */
    public record Licence(String id, String name, String url, LocalizedText attribution) {
    }

    /**
     * Where the data comes from and when it was made.
     *
     * @param generatedAt when this document was generated from the views
     */
    public record Provenance(Publisher publisher, Round round, Instant generatedAt, Source source) {
    }

    /** Who publishes the data (configured: {@code tiekartta.open-data.publisher.*}) and who owns the programme. */
    public record Publisher(String name, String url, String programmeOwner) {
    }

    /** The round: its programme, title, period, deadline, when and how it was closed, and its basis. */
    public record Round(String roundId, String programmeCode, LocalizedText programmeName, LocalizedText title,
            PeriodData period, Instant deadline, String status, Instant closedAt, String closeReason, BasisData basis) {
    }

    /**
     * The system the data comes from: the service, the address of this document, the topic it projects, and what
     * the two sides of a cell are.
     */
    public record Source(String service, String endpoint, String topic, LocalizedText description) {
    }

    /** A level of the implementation scale (NOT_STARTED … ESTABLISHED) with its names. */
    public record ScaleLevel(String code, LocalizedText names) {
    }

    /** A measure of the round. */
    public record Measure(String measureId, String code, LocalizedText title) {
    }

    /** An organiser (one of the 22) with its cooperation area. */
    public record Organiser(String code, LocalizedText names, String cooperationAreaCode, LocalizedText cooperationAreaNames) {
    }

    /**
     * One organiser's report on one measure.
     *
     * @param corrections          how many corrections were recorded after the round closed
     * @param changedAfterDeadline whether the corrected side differs from the side at the deadline
     */
    public record Cell(String regionCode, String measureId, String measureCode, Side atDeadline, Side corrected,
            int corrections, boolean changedAfterDeadline) {
    }

    /**
     * The report as it stood: its status (MISSING: asked, nothing submitted; NOT_ASKED; SUBMITTED; VERIFIED;
     * RETURNED) and the levels self-reported and verified.
     */
    public record Side(String status, Level selfReported, Level verified) {
    }

    /** A level on the implementation scale; for PARTIAL the share (0–100) and what it is a share of. */
    public record Level(String level, Double share, String shareBasis) {
    }
}
