package fi.tiekartta.regional.rounds;

/** Which rounds a listing shows; a criterion that is null does not filter. */
public record RoundFilter(String programmeId, RoundStatus status) {
}
