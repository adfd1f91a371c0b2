package fi.tiekartta.integration.stream;

import fi.tiekartta.integration.events.PublicEvent;

import java.util.Set;

/**
 * What a stream or a page asks for: events of some types, of one programme, of one region; an empty set or a null
 * criterion narrows nothing. Programme and region are matched as {@link PublicEvent#concerns} does, which the
 * webhooks use too: an event of no programme (a government term) passes no programme filter, a reporting round passes
 * the filter of every region it asks to report.
 *
 * @param types         CloudEvents types, all of the public contract
 * @param programmeCode a programme's code, e.g. {@code SHKO}
 * @param regionCode    a region's two-digit code, e.g. {@code 09}
 */
public record StreamFilter(Set<String> types, String programmeCode, String regionCode) {

    public static final StreamFilter EVERYTHING = new StreamFilter(Set.of(), null, null);

    public StreamFilter {
        types = Set.copyOf(types);
    }

    public boolean matches(PublicEvent event) {
        return (types.isEmpty() || types.contains(event.type())) && event.concerns(programmeCode, regionCode);
    }
}
