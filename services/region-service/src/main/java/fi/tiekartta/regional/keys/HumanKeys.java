package fi.tiekartta.regional.keys;

import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.programmes.KnownProgramme;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import fi.tiekartta.regional.regions.Region;
import fi.tiekartta.regional.regions.RegionCatalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The human keys that events and answers carry next to ids: the programme's code, the measure's code and title,
 * the region's name. Read, as last learnt, from what region-service knows: the programmes and measures it has
 * learnt from programme-service's and workpackage-service's events, and the regions' reference data. A key not
 * (yet) learnt is null; nothing is asked of another service.
 */
public final class HumanKeys {

    private final ProgrammeCatalogue programmes;
    private final MeasureCatalogue measures;
    private final RegionCatalogue regions;

    public HumanKeys(ProgrammeCatalogue programmes, MeasureCatalogue measures, RegionCatalogue regions) {
        this.programmes = programmes;
        this.measures = measures;
        this.regions = regions;
    }

    /** The programme's code (e.g. SHKO), or null when no event of it has arrived. */
    public String programmeCode(String programmeId) {
        return programmes.find(programmeId).map(KnownProgramme::code).orElse(null);
    }

    public MeasureKey measure(String measureId) {
        return measures.find(measureId).map(HumanKeys::key).orElseGet(() -> new MeasureKey(measureId, null, null));
    }

    /** The measures with their keys, in the order given, read at once. */
    public List<MeasureKey> measures(Collection<String> measureIds) {
        Map<String, KnownMeasure> known = measures.findAll(measureIds).stream()
                .collect(Collectors.toMap(KnownMeasure::measureId, Function.identity(), (a, b) -> a));
        return measureIds.stream().map(id -> known.containsKey(id) ? key(known.get(id)) : new MeasureKey(id, null, null))
                .toList();
    }

    public RegionKey region(String code) {
        return new RegionKey(code, regionName(code));
    }

    public List<RegionKey> regions(Collection<String> codes) {
        return codes.stream().map(this::region).toList();
    }

    /** The organiser's name, or null for a code that is not one of them. */
    public Text regionName(String code) {
        return regions.region(code).map(Region::names).orElse(null);
    }

    private static MeasureKey key(KnownMeasure measure) {
        return new MeasureKey(measure.measureId(), measure.code(), measure.title());
    }
}
