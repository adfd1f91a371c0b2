package fi.tiekartta.integration.stream.web;

import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.integration.stream.StreamFilter;
import fi.tiekartta.platform.web.InvalidRequestException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The filters the stream and the pages take: {@code type} (a comma list, or repeated), {@code programme}, {@code region}. */
final class FilterParameters {

    /** What a programme code looks like (the programme schema's pattern). */
    static final String PROGRAMME = "[A-Z0-9][A-Z0-9-]{0,31}";
    /** What a region code looks like. */
    static final String REGION = "[0-9]{2}";

    private FilterParameters() {
    }

    /** @throws InvalidRequestException (400) naming a type that is not part of the public contract */
    static StreamFilter filter(List<String> types, String programme, String region) {
        Set<String> wanted = new LinkedHashSet<>();
        if (types != null) {
            for (String listed : types) {
                for (String type : listed.split(",")) {
                    if (!type.isBlank()) {
                        wanted.add(type.strip());
                    }
                }
            }
        }
        List<String> unknown = wanted.stream().filter(type -> !EventCatalog.isPublic(type)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Unknown event type(s) " + unknown + ": type takes the public event types, "
                    + "those of the AsyncAPI document at /events/asyncapi.json.");
        }
        return new StreamFilter(wanted, blankToNull(programme), blankToNull(region));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
