package fi.tiekartta.localstack.demo;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The ids of the seed roadmap's programmes and measures the demo refers to by code. They are there only once the
 * services have applied the imported roadmap: programme-service its programmes, and region-service has learnt
 * the measures from workpackage-service's events ({@code GET /api/reporting-measures}). So this waits for them.
 */
final class SeedCatalogue {

    private static final Duration POLL = Duration.ofSeconds(3);

    private final Map<String, String> programmeIds;
    private final Map<String, Map<String, String>> measureIds;

    private SeedCatalogue(Map<String, String> programmeIds, Map<String, Map<String, String>> measureIds) {
        this.programmeIds = programmeIds;
        this.measureIds = measureIds;
    }

    /**
     * Waits up to {@code wait} until every programme in {@code needed} is known with every measure code listed
     * for it, and returns their ids.
     */
    static SeedCatalogue await(Gateway gateway, String user, Map<String, Set<String>> needed, Duration wait,
            PrintStream log) {
        Instant deadline = Instant.now().plus(wait);
        boolean announced = false;
        while (true) {
            List<String> missing = new ArrayList<>();
            SeedCatalogue catalogue = look(gateway, user, needed, missing);
            if (missing.isEmpty()) {
                return catalogue;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DemoFailure("after " + wait.toSeconds() + "s the services still do not know "
                        + String.join("; ", missing) + ". The demo needs the seed roadmap (deploy/seed/roadmap.yaml) "
                        + "imported and applied: see programme-service, workpackage-service and region-service logs.");
            }
            if (!announced) {
                log.println("  waiting for the seed roadmap's programmes and measures (" + String.join("; ", missing) + ") ...");
                announced = true;
            }
            sleep();
        }
    }

    String programmeId(String code) {
        String id = programmeIds.get(code);
        if (id == null) {
            throw new DemoFailure("programme " + code + " is not known");
        }
        return id;
    }

    String measureId(String programmeCode, String measureCode) {
        String id = measureIds.getOrDefault(programmeCode, Map.of()).get(measureCode);
        if (id == null) {
            throw new DemoFailure("measure " + measureCode + " of " + programmeCode + " is not known");
        }
        return id;
    }

    List<String> measureIds(String programmeCode, List<String> measureCodes) {
        return measureCodes.stream().map(code -> measureId(programmeCode, code)).toList();
    }

    private static SeedCatalogue look(Gateway gateway, String user, Map<String, Set<String>> needed, List<String> missing) {
        Gateway.Answer programmes = gateway.get("/api/programmes?size=200", user);
        if (programmes.status() != 200) {
            missing.add("the programmes (" + programmes.request() + " answered " + programmes.status() + " "
                    + programmes.text() + ")");
            return null;
        }
        Map<String, String> programmeIds = new HashMap<>();
        for (JsonNode programme : items(programmes.body())) {
            programmeIds.put(programme.path("code").asString(""), programme.path("id").asString(""));
        }
        Map<String, Map<String, String>> measureIds = new HashMap<>();
        for (Map.Entry<String, Set<String>> programme : needed.entrySet()) {
            String programmeId = programmeIds.get(programme.getKey());
            if (programmeId == null) {
                missing.add("programme " + programme.getKey());
                continue;
            }
            Gateway.Answer measures = gateway.get("/api/reporting-measures?programmeId="
                    + URLEncoder.encode(programmeId, StandardCharsets.UTF_8), user);
            if (measures.status() != 200) {
                missing.add("the measures of " + programme.getKey() + " (" + measures.request() + " answered "
                        + measures.status() + " " + measures.text() + ")");
                continue;
            }
            Map<String, String> known = new HashMap<>();
            for (JsonNode measure : items(measures.body())) {
                if ("ACTIVE".equals(measure.path("status").asString("ACTIVE"))) {
                    known.put(measure.path("code").asString(""), measure.path("measureId").asString(
                            measure.path("id").asString("")));
                }
            }
            measureIds.put(programme.getKey(), known);
            List<String> absent = programme.getValue().stream().filter(code -> !known.containsKey(code)).toList();
            if (!absent.isEmpty()) {
                missing.add("measures " + String.join(", ", absent) + " of " + programme.getKey()
                        + " in GET /api/reporting-measures");
            }
        }
        return new SeedCatalogue(programmeIds, measureIds);
    }

    /** The elements of a list answer: a JSON array, or the {@code content} of a page. */
    static List<JsonNode> items(JsonNode body) {
        JsonNode list = body.isArray() ? body : body.path("content");
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted while waiting for the seed roadmap", e);
        }
    }
}
