package fi.tiekartta.workpackage.programmes;

import java.util.Optional;

/** The programmes this service has learnt of from the programme context's events. */
public interface KnownProgrammes {

    /** The programme as last learnt; empty if no event of it has arrived (yet). */
    Optional<KnownProgramme> find(String programmeId);
}
