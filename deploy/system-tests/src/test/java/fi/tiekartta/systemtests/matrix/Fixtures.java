package fi.tiekartta.systemtests.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The seeded stack's resources the matrix addresses ({@code {programme}}, {@code {report}}, …): SHKO of the seed
 * roadmap, its work package TP6 with TP6.1 and TP6.2, milestone SHKO-TP1-01, the reporting demo's open and closed
 * rounds and a report of region 09, THL's national indicator. Writes to them carry no If-Match, so an allowed caller
 * stops at 428 and the seed stays as it was; creations ({@code {unique}}) make new resources of their own.
 */
final class Fixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration SEED_APPLIED = Duration.ofSeconds(120);

    private final Map<String, String> values = new HashMap<>();
    private final Path repository;

    private Fixtures(Path repository) {
        this.repository = repository;
    }

    static Fixtures resolve(Http http, RealmTokens tokens, Path repository) {
        Fixtures fixtures = new Fixtures(repository);
        String viewer = tokens.of(Role.VIEWER);
        Map<String, String> v = fixtures.values;
        v.put("programmeCode", "SHKO");
        v.put("workPackageCode", "TP6");
        v.put("programme", first(http.get("/api/programmes?code=SHKO", viewer), "/content").path("id").asString());
        v.put("term", first(http.get("/api/government-terms", viewer), "").path("id").asString());
        JsonNode tp6 = await("SHKO's TP6 with TP6.1 and TP6.2").atMost(SEED_APPLIED).pollInterval(Duration.ofSeconds(2))
                .until(() -> find(json(http.get("/api/work-packages?size=200&programmeId=" + v.get("programme"), viewer))
                        .path("content"), "code", "TP6"), wp -> wp.path("measures").size() >= 2);
        v.put("workPackage", tp6.path("id").asString());
        v.put("measure", find(tp6.path("measures"), "code", "TP6.1").path("id").asString());
        v.put("measure2", find(tp6.path("measures"), "code", "TP6.2").path("id").asString());
        v.put("milestone", await("milestone SHKO-TP1-01").atMost(SEED_APPLIED).pollInterval(Duration.ofSeconds(2))
                .until(() -> json(http.get("/api/milestones?programmeCode=SHKO&code=SHKO-TP1-01", viewer)).path("content"),
                        content -> content.size() == 1).get(0).path("id").asString());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        String current = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        String previous = today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-H2" : today.getYear() + "-H1";
        JsonNode rounds = json(http.get("/api/reporting-rounds?size=50&programmeId=" + v.get("programme"), viewer)).path("content");
        v.put("round", find(rounds, "/period/value", current).path("id").asString());
        v.put("closedRound", find(rounds, "/period/value", previous).path("id").asString());
        JsonNode report = first(http.get("/api/regions/09/reports?roundId=" + v.get("round"), viewer), "/content");
        if (report.isMissingNode()) {
            report = first(http.get("/api/regions/09/reports?roundId=" + v.get("closedRound"), viewer), "/content");
        }
        v.put("report", report.path("id").asString());
        v.put("reportRound", report.path("roundId").asString());
        v.put("reportMeasure", report.path("measureId").asString());
        v.put("indicator", first(http.get("/api/national-indicators", viewer), "/content").path("id").asString());
        v.put("area", first(http.get("/api/cooperation-areas", viewer), "").path("code").asString());

        v.put("today", today.toString());
        v.put("deadline", Instant.now().plus(Duration.ofDays(60)).toString());
        v.put("roundPeriod", (today.getYear() + 3) + "-Q1");
        // An import's id: the seed again, which the import accepts as the one it already has (200, nothing changes).
        Http.Answer imported = http.send("POST", "/api/roadmap-imports", tokens.of(Role.ADMIN),
                fixtures.body("@deploy/seed/roadmap.yaml"), "application/yaml", Map.of());
        assertThat(imported.status()).as(imported.body()).isIn(200, 202);
        v.put("import", json(imported).path("id").asString());

        assertThat(v).as("every fixture found on the seeded stack").allSatisfy((name, value) ->
                assertThat(value).as(name).isNotBlank());
        return fixtures;
    }

    /** The text with every placeholder replaced; {@code {unique}} and {@code {uniqueDigits}} anew each time. */
    String fill(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        String unique = unique();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "unique", "uniqueDigits" -> unique;
                default -> values.get(name);
            };
            if (value == null) {
                throw new IllegalArgumentException("No fixture {" + name + "} in " + text);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** A body: {@code @path} is a file of the repository sent as it is, anything else a file of matrix/bodies. */
    byte[] body(String name) {
        if (name.startsWith("@")) {
            try {
                return Files.readAllBytes(repository.resolve(name.substring(1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fill(AuthorizationMatrix.text("/matrix/bodies/" + name).strip()).getBytes(StandardCharsets.UTF_8);
    }

    String get(String name) {
        return values.get(name);
    }

    private static String unique() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return code.toString();
    }

    static JsonNode json(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
        return RealmTokens.JSON.readTree(answer.body());
    }

    private static JsonNode first(Http.Answer answer, String pointer) {
        JsonNode list = pointer.isEmpty() ? json(answer) : json(answer).at(pointer);
        return list.path(0);
    }

    /** The element whose field has the value; a missing node (whose id is blank, failing the check above) if none. */
    private static JsonNode find(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(node -> (field.startsWith("/") ? node.at(field) : node.path(field)).asString().equals(value))
                .findFirst().orElse(list.path(list.size()));
    }
}
