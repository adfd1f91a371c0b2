package fi.tiekartta.regional.programmes;

import java.util.List;
import java.util.Optional;

/**
 * The programmes region-service has learnt of from programme-service's events ({@code tiekartta.programmes.v1}),
 * never from its database. The projection keeps them in {@link #COLLECTION}, one document a programme with its
 * id as {@code _id}; this port reads them.
 */
public interface ProgrammeCatalogue {

    /** Where the learnt programmes are kept: written by the projection, read by the catalogue. */
    String COLLECTION = "known_programmes";

    /** The programme as last learnt; empty if no event of it has arrived (yet). */
    Optional<KnownProgramme> find(String programmeId);

    /** The programmes with this code (a code names one programme; none when unknown). */
    List<KnownProgramme> withCode(String code);
}
