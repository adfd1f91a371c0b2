package fi.tiekartta.regional.keys;

import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.kernel.Text;

/** A region code with the organiser's name (null for a code that is not one of the 22 organisers). */
public record RegionKey(String code, Text name) {

    public RegionKeyData toEvent() {
        return new RegionKeyData(code, name == null ? null : name.toEvent());
    }
}
