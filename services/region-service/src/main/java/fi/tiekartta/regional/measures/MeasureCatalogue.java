package fi.tiekartta.region.measures;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The measures region-service has learnt of. */
public interface MeasureCatalogue {

    Optional<KnownMeasure> find(String measureId);

    /** The measures with these ids that are known; unknown ids are left out. */
    List<KnownMeasure> findAll(Collection<String> measureIds);

    /** Every known measure of a programme, by code. */
    List<KnownMeasure> ofProgramme(String programmeId);
}
