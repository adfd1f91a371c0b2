package fi.tiekartta.progress.indicators;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The national indicators of the shared picture, for the views that show them (the roadmap, the regional matrix).
 * Each method is one query on an indexed key; {@code asOf} null means as they are now, else as they were at that
 * instant (from the indicators' earlier states).
 */
public interface NationalIndicators {

    /** The indicators of the programme with this code, by the start of the observed period. */
    List<NationalIndicator> ofProgramme(String programmeCode, Instant asOf);

    /** Per measure id, the indicators that name it (measures with none are absent), by the start of the observed period. */
    Map<String, List<NationalIndicator>> ofMeasures(Collection<String> measureIds, Instant asOf);

    default List<NationalIndicator> ofProgramme(String programmeCode) {
        return ofProgramme(programmeCode, null);
    }
}
