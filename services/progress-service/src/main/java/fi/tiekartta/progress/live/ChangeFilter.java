package fi.tiekartta.progress.live;

import fi.tiekartta.progress.changes.RecordedChange;

import java.util.Objects;

/**
 * What a stream asks for: the entries of one programme, of one region, or both; a null criterion narrows nothing
 * (the same equality as the change feed's {@code ?programme=} and {@code ?region=}).
 */
public record ChangeFilter(String programmeCode, String regionCode) {

    public static final ChangeFilter EVERYTHING = new ChangeFilter(null, null);

    public boolean matches(RecordedChange change) {
        return (programmeCode == null || Objects.equals(programmeCode, change.programmeCode()))
                && (regionCode == null || Objects.equals(regionCode, change.regionCode()));
    }
}
