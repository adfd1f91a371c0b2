package fi.tiekartta.integration.events;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The programme and region an event's data names, wherever its type keeps them: at the top of the data (milestones,
 * confidence, measures), or in the one object the data is about ({@code workPackage}, {@code report}, {@code round},
 * {@code indicator}). A programme's own events name the programme by its subject and {@code code}. Government terms
 * name neither.
 */
record Facets(String programmeId, String programmeCode, String regionCode) {

    private static final List<String> WRAPPERS = List.of("workPackage", "report", "round", "indicator");
    private static final String PROGRAMME_TYPES = "fi.tiekartta.programme.";

    static Facets of(String type, String subject, JsonNode data) {
        if (type.startsWith(PROGRAMME_TYPES)) {
            String id = text(data.path("programmeId"));
            return new Facets(id != null ? id : subject, text(data.path("code")), null);
        }
        JsonNode keys = data.has("programmeId") ? data : wrapped(data);
        return new Facets(text(keys.path("programmeId")), text(keys.path("programmeCode")), text(keys.path("regionCode")));
    }

    /** The regions a reporting round's data names ({@code round.regionCodes}); empty for any other data. */
    static List<String> roundRegions(JsonNode data) {
        JsonNode codes = data.path("round").path("regionCodes");
        List<String> regions = new ArrayList<>();
        if (codes.isArray()) {
            codes.forEach(code -> {
                if (code.isString()) {
                    regions.add(code.stringValue());
                }
            });
        }
        return List.copyOf(regions);
    }

    private static JsonNode wrapped(JsonNode data) {
        for (String wrapper : WRAPPERS) {
            JsonNode inner = data.path(wrapper);
            if (inner.isObject()) {
                return inner;
            }
        }
        return data;
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.stringValue().isBlank() ? node.stringValue() : null;
    }
}
