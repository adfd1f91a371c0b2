package fi.tiekartta.contracts.milestone;

/** A link to evidence of a milestone (a decision, a report, a publication); {@code title} may be null. */
public record EvidenceData(String url, String title) {
}
