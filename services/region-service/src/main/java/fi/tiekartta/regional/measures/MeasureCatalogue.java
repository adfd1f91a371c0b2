package fi.tiekartta.regional.measures;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The measures region-service has learnt of from workpackage-service's events. The measure projection keeps
 * them in {@link #COLLECTION}, one document a measure, shaped as a {@link KnownMeasure} with the measure's
 * id as {@code _id}; this port reads them.
 */
public interface MeasureCatalogue {

    /** Where the learnt measures are kept: written by the projection, read by the catalogue. */
    String COLLECTION = "known_measures";

    Optional<KnownMeasure> find(String measureId);

    /** The measures with these ids that are known; unknown ids are left out. */
    List<KnownMeasure> findAll(Collection<String> measureIds);

    /** Every known measure of a programme, by code. */
    List<KnownMeasure> ofProgramme(String programmeId);

    /** The known measures with this code (e.g. TP3.2), of any programme: a code is unique within a programme only. */
    List<KnownMeasure> withCode(String code);
}
