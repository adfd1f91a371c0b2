package fi.tiekartta.regional.rounds;

import java.util.Collection;

/**
 * Which rounds a listing shows; a criterion that is null does not filter. The human keys a client filters by
 * (programme code, measure code) are turned into ids first: an empty collection matches no round.
 *
 * @param programmeIds the round's programme is one of these
 * @param regionCode   the round asks this region
 * @param measureIds   the round's scope includes one of these measures
 */
public record RoundFilter(Collection<String> programmeIds, RoundStatus status, String regionCode,
        Collection<String> measureIds) {
}
