package fi.tiekartta.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reporting round's life through the gateway with real Keycloak tokens, each step by the user whose job it
 * is, and as subscribers see it on Kafka: the admin opens a round over two of the seed roadmap's SHKO measures
 * for Päijät-Häme (09) and Pohjanmaa (17); Päijät-Häme's reporter writes and submits its report (and cannot
 * write Pohjanmaa's, nor can a viewer write at all); THL's verifier returns it with a comment, the region
 * corrects and resubmits it, and the verifier verifies it at another level than the region reported; the admin
 * closes the round, which freezes the report; corrections after the close (the region's self-report, then THL's
 * verified value) keep the report as it stood at the deadline beside the corrected one. A tier runs it as a {@code @Nested} class, on the stack it has started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportingRoundScenario {

    static final String REPORTING_TOPIC = "tiekartta.regional-reporting.v1";
    static final String ROUND_OPENED = "fi.tiekartta.reporting-round.opened.v1";
    static final String ROUND_CLOSED = "fi.tiekartta.reporting-round.closed.v1";
    static final String REPORT_SUBMITTED = "fi.tiekartta.regional-report.submitted.v1";
    static final String REPORT_RETURNED = "fi.tiekartta.regional-report.returned.v1";
    static final String REPORT_VERIFIED = "fi.tiekartta.regional-report.verified.v1";
    static final String REPORT_REVISED = "fi.tiekartta.regional-report.revised.v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** region-service learns the seed's measures from workpackage-service's events once the roadmap is applied. */
    private static final Duration SEED_APPLIED = Duration.ofSeconds(120);

    /** The running tier; called only after the enclosing class has started it. */
    protected abstract SystemUnderTest system();

    @Test
    void aRoundIsReportedReturnedVerifiedClosedAndCorrected() {
        Api api = new Api(system().gatewayUrl());
        Tokens tokens = new Tokens(system().issuer());
        String admin = tokens.forUser("stm-admin");
        String viewer = tokens.forUser("viewer");
        String reporter = tokens.forUser("reporter-paijat-hame");
        String verifier = tokens.forUser("thl-verifier");
        TopicReader topic = new TopicReader(system().kafkaBootstrapServers());

        // The seed roadmap's SHKO and two of its measures, as region-service knows them.
        String programmeId = await("programme SHKO").atMost(SEED_APPLIED).pollInterval(Duration.ofSeconds(2))
                .until(() -> programmeIdOf(api, viewer, "SHKO"), id -> id != null);
        Map<String, String> measures = await("TP6.1 and TP6.2 in GET /api/reporting-measures")
                .atMost(SEED_APPLIED).pollInterval(Duration.ofSeconds(2))
                .until(() -> measureIds(api, viewer, programmeId), known -> known.keySet().containsAll(List.of("TP6.1", "TP6.2")));
        String tp61 = measures.get("TP6.1");
        String tp62 = measures.get("TP6.2");

        // A quarter: the demo data's rounds are half-years, so this round is told apart from them by its period.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        String period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        String round = """
                {"programmeId":"%s","title":{"fi":"Järjestelmätestin raportointikierros","sv":null,\
                "en":"System test reporting round","original":"fi"},"period":"%s","deadline":"%s",\
                "measureIds":["%s","%s"],"regionCodes":["09","17"]}""".formatted(programmeId, period,
                Instant.now().plus(Duration.ofDays(30)), tp61, tp62);

        // The admin opens the round; a viewer cannot.
        assertThat(api.post("/api/reporting-rounds", viewer, round).statusCode()).isEqualTo(403);
        HttpResponse<String> opened = api.post("/api/reporting-rounds", admin, round);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.headers().firstValue("ETag")).hasValue("\"0\"");
        String roundId = json(opened).path("id").asString();
        String roundLocation = opened.headers().firstValue("Location").orElseThrow();
        assertThat(roundLocation).endsWith("/api/reporting-rounds/" + roundId);
        assertThat(json(opened).path("status").asString()).isEqualTo("OPEN");
        assertThat(json(opened).path("period").path("value").asString()).isEqualTo(period);

        // Päijät-Häme's reporter writes its draft and submits it.
        String draft = """
                {"roundId":"%s","measureId":"%s","level":"PARTIAL","share":40,"shareBasis":"POPULATION",\
                "narrative":{"fi":"Yhtenäinen asiakasohjauksen käytäntö on käytössä osassa aluetta.","original":"fi"},\
                "indicators":[],"evidence":[]}""".formatted(roundId, tp61);
        HttpResponse<String> drafted = api.post("/api/regions/09/reports", reporter, draft);
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        assertThat(json(drafted).path("status").asString()).isEqualTo("DRAFT");
        String reportId = json(drafted).path("id").asString();
        String report = "/api/regions/09/reports/" + reportId;

        // Päijät-Häme's reporter cannot write Pohjanmaa's report, nor a viewer any: nothing is stored.
        HttpResponse<String> foreign = api.post("/api/regions/17/reports", reporter, draft);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        assertThat(items(api.get("/api/regions/17/reports?roundId=" + roundId, viewer))).isEmpty();
        HttpResponse<String> byViewer = api.post("/api/regions/09/reports", viewer, """
                {"roundId":"%s","measureId":"%s","level":"PLANNING"}""".formatted(roundId, tp62));
        assertThat(byViewer.statusCode()).as(byViewer.body()).isEqualTo(403);
        assertThat(api.post(report + "/submission", viewer, "", "\"0\"").statusCode()).isEqualTo(403);
        assertThat(items(api.get("/api/regions/09/reports?roundId=" + roundId, viewer)))
                .extracting(r -> r.path("measureId").asString() + " v" + r.path("version").asLong() + " " + r.path("status").asString())
                .containsExactly(tp61 + " v0 DRAFT");

        HttpResponse<String> submitted = api.post(report + "/submission", reporter, "", etag(drafted));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).path("status").asString()).isEqualTo("SUBMITTED");

        // THL returns it with a comment; the region corrects it and submits it again.
        String comment = "Kertokaa, millä alueilla käytäntö on käytössä.";
        HttpResponse<String> returned = api.post(report + "/return", verifier, """
                {"comment":"%s"}""".formatted(comment), etag(submitted));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(json(returned).path("status").asString()).isEqualTo("RETURNED");
        assertThat(json(returned).path("returned").path("comment").asString()).isEqualTo(comment);
        String corrected = """
                {"roundId":"%s","measureId":"%s","level":"PARTIAL","share":40,"shareBasis":"POPULATION",\
                "narrative":{"fi":"Käytäntö on käytössä Lahdessa ja Heinolassa, noin 40 %% väestöstä.","original":"fi"},\
                "indicators":[{"name":{"fi":"Kunnat, joissa käytäntö on käytössä","original":"fi"},"unit":"kpl",\
                "baseline":0,"target":10,"actual":2}],"evidence":[]}""".formatted(roundId, tp61);
        HttpResponse<String> edited = api.put(report, reporter, corrected, etag(returned));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        HttpResponse<String> resubmitted = api.post(report + "/submission", reporter, "", etag(edited));
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
        assertThat(json(resubmitted).path("status").asString()).isEqualTo("SUBMITTED");

        // Verified at another level than the region reported: both are kept.
        HttpResponse<String> verified = api.post(report + "/verification", verifier, """
                {"level":"PILOTING","comment":"Aineiston mukaan vasta kahden kunnan pilotti."}""", etag(resubmitted));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json(verified).path("status").asString()).isEqualTo("VERIFIED");
        assertThat(json(verified).path("selfReport").path("level").asString()).isEqualTo("PARTIAL");
        assertThat(json(verified).path("verified").path("level").asString()).isEqualTo("PILOTING");
        assertThat(json(verified).path("verified").path("verifiedBy").asString()).isEqualTo("thl-verifier");

        // The admin closes the round by hand.
        HttpResponse<String> current = api.get(roundLocation, viewer);
        HttpResponse<String> closed = api.post(roundLocation + "/closure", admin, "", etag(current));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).path("status").asString()).isEqualTo("CLOSED");
        assertThat(json(closed).path("closeReason").asString()).isEqualTo("BY_HAND");
        assertThat(json(closed).path("closedBy").asString()).isEqualTo("stm-admin");

        // The report is frozen: an edit is a conflict and changes nothing.
        HttpResponse<String> frozen = api.put(report, reporter, corrected.replace("\"actual\":2", "\"actual\":3"),
                etag(verified));
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(409);
        assertThat(frozen.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> unchanged = api.get(report, viewer);
        assertThat(json(unchanged).path("version").asLong()).isEqualTo(json(verified).path("version").asLong());
        assertThat(json(unchanged).path("selfReport")).isEqualTo(json(verified).path("selfReport"));

        // A correction after the close: the report shows it beside what was reported at the deadline.
        HttpResponse<String> correction = api.post(report + "/corrections", reporter, """
                {"reason":"Orimattila otti käytännön käyttöön ennen määräpäivää; tieto puuttui raportista.",\
                "selfReport":{"level":"PARTIAL","share":55,"shareBasis":"POPULATION",\
                "narrative":{"fi":"Käytäntö on käytössä Lahdessa, Heinolassa ja Orimattilassa, noin 55 % väestöstä.","original":"fi"},\
                "indicators":[],"evidence":[]}}""", etag(unchanged));
        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(200);
        // The corrected self-report waits for THL again; the verified value stays until THL corrects it too.
        assertThat(json(correction).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(json(correction).path("verified").path("level").asString()).isEqualTo("PILOTING");
        assertThat(api.post(report + "/corrections", reporter, """
                {"reason":"Oma arvio.","verified":{"level":"PARTIAL","share":55,"shareBasis":"POPULATION"}}""",
                etag(correction)).statusCode()).as("a region does not correct its own verified value").isEqualTo(403);
        HttpResponse<String> reverified = api.post(report + "/corrections", verifier, """
                {"reason":"Orimattilan käyttöönotto vahvistettu.",\
                "verified":{"level":"PARTIAL","share":55,"shareBasis":"POPULATION","comment":"Vahvistettu korjattuna."}}""",
                etag(correction));
        assertThat(reverified.statusCode()).as(reverified.body()).isEqualTo(200);
        JsonNode correctedReport = json(api.get(report, viewer));
        assertThat(correctedReport.path("status").asString()).isEqualTo("VERIFIED");
        assertThat(correctedReport.path("verified").path("level").asString()).isEqualTo("PARTIAL");
        assertThat(correctedReport.path("selfReport").path("share").asDouble()).isEqualTo(55.0);
        assertThat(correctedReport.path("atDeadline").path("selfReport").path("share").asDouble()).isEqualTo(40.0);
        assertThat(correctedReport.path("atDeadline").path("status").asString()).isEqualTo("VERIFIED");
        assertThat(correctedReport.path("atDeadline").path("verified").path("level").asString()).isEqualTo("PILOTING");
        assertThat(correctedReport.path("corrections").valueStream()
                .map(c -> c.path("number").asInt() + " " + c.path("kind").asString() + " " + c.path("by").asString()))
                .containsExactly("1 SELF_REPORT reporter-paijat-hame", "2 VERIFIED thl-verifier");

        // The round-wide listing: Päijät-Häme's report, and Pohjanmaa's cells missing; at the deadline, as reported then.
        JsonNode matrix = json(api.get(roundLocation + "/reports", viewer)).path("matrix");
        Map<String, String> cells = cells(matrix);
        assertThat(cells).containsExactlyInAnyOrderEntriesOf(Map.of(
                "09/" + tp61, "VERIFIED", "09/" + tp62, "MISSING", "17/" + tp61, "MISSING", "17/" + tp62, "MISSING"));
        assertThat(matrix.path("byStatus").path("MISSING").asLong()).isEqualTo(3);
        assertThat(matrix.path("byStatus").path("VERIFIED").asLong()).isEqualTo(1);
        assertThat(cell(matrix, "09", tp61).path("selfReported").path("share").asDouble()).isEqualTo(55.0);
        assertThat(cell(matrix, "09", tp61).path("verified").path("level").asString()).isEqualTo("PARTIAL");
        assertThat(cell(matrix, "09", tp61).path("corrected").asBoolean()).isTrue();
        // The contract (reporting-api.md) writes view=deadline; region-service takes the enum name DEADLINE.
        JsonNode atDeadline = json(api.get(roundLocation + "/reports?view=DEADLINE", viewer)).path("matrix");
        assertThat(atDeadline.path("view").asString()).isEqualTo("DEADLINE");
        assertThat(cell(atDeadline, "09", tp61).path("selfReported").path("share").asDouble()).isEqualTo(40.0);
        assertThat(cell(atDeadline, "09", tp61).path("verified").path("level").asString()).isEqualTo("PILOTING");

        // Subscribers see the round's and the report's events, in order, as binary CloudEvents.
        List<ConsumerRecord<String, byte[]>> roundEvents = await("the round's events on " + REPORTING_TOPIC)
                .atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.findAllByKey(REPORTING_TOPIC, roundId), records -> types(records).contains(ROUND_CLOSED));
        assertThat(types(roundEvents)).containsExactly(ROUND_OPENED, ROUND_CLOSED);
        List<ConsumerRecord<String, byte[]>> reportEvents = await("the report's events on " + REPORTING_TOPIC)
                .atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.findAllByKey(REPORTING_TOPIC, reportId),
                        records -> types(records).stream().filter(REPORT_REVISED::equals).count() == 2);
        assertThat(types(reportEvents)).containsExactly(REPORT_SUBMITTED, REPORT_RETURNED, REPORT_SUBMITTED,
                REPORT_VERIFIED, REPORT_REVISED, REPORT_REVISED);
        for (ConsumerRecord<String, byte[]> record : reportEvents) {
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_subject")).isEqualTo(reportId);
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_source")).isNotBlank();
            assertThat(header(record, "content-type")).startsWith("application/json");
        }
        JsonNode verifiedEvent = JSON.readTree(reportEvents.get(3).value());
        assertThat(verifiedEvent.path("report").path("regionCode").asString()).isEqualTo("09");
        assertThat(verifiedEvent.path("report").path("verified").path("level").asString()).isEqualTo("PILOTING");
        assertThat(JSON.readTree(reportEvents.get(1).value()).path("comment").asString()).isEqualTo(comment);
        JsonNode revisedEvent = JSON.readTree(reportEvents.get(4).value());
        assertThat(revisedEvent.path("comment").asString()).startsWith("Orimattila otti");
        assertThat(revisedEvent.path("report").path("corrections").asInt()).isEqualTo(1);
        assertThat(revisedEvent.path("changedBy").asString()).isEqualTo("reporter-paijat-hame");
        JsonNode closedEvent = JSON.readTree(roundEvents.get(1).value());
        assertThat(header(roundEvents.get(1), "ce_subject")).isEqualTo(roundId);
        assertThat(closedEvent.path("round").path("status").asString()).isEqualTo("CLOSED");
        assertThat(closedEvent.path("changedBy").asString()).isEqualTo("stm-admin");
    }

    private static String programmeIdOf(Api api, String token, String code) {
        return items(api.get("/api/programmes?size=200", token)).stream()
                .filter(programme -> code.equals(programme.path("code").asString()))
                .map(programme -> programme.path("id").asString())
                .findFirst().orElse(null);
    }

    private static Map<String, String> measureIds(Api api, String token, String programmeId) {
        HttpResponse<String> response = api.get("/api/reporting-measures?programmeId="
                + URLEncoder.encode(programmeId, UTF_8), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> ids = new HashMap<>();
        json(response).forEach(measure -> ids.put(measure.path("code").asString(), measure.path("measureId").asString()));
        return ids;
    }

    private static Map<String, String> cells(JsonNode matrix) {
        Map<String, String> cells = new HashMap<>();
        matrix.path("cells").forEach(cell -> cells.put(cell.path("regionCode").asString() + "/"
                + cell.path("measureId").asString(), cell.path("status").asString()));
        return cells;
    }

    private static JsonNode cell(JsonNode matrix, String region, String measureId) {
        return StreamSupport.stream(matrix.path("cells").spliterator(), false)
                .filter(cell -> region.equals(cell.path("regionCode").asString())
                        && measureId.equals(cell.path("measureId").asString()))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> items(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return StreamSupport.stream(json(page).path("content").spliterator(), false).toList();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.body()));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, "ce_type")).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
