package fi.tiekartta.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thin slice end to end, the same for every tier: a programme defined through the gateway with a real
 * Keycloak token is published on Kafka as a CloudEvent and appears in the progress view. A subclass starts a
 * tier and says where it answers ({@link #system()}).
 *
 * <p>Each test stands on its own: the ones that need a defined programme share one, defined by whichever
 * runs first. Codes are random, so a stack that already holds data does not disturb the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThinSliceScenario {

    static final String PROGRAMMES_TOPIC = "tiekartta.programmes.v1";
    static final String PROGRAMME_CREATED = "fi.tiekartta.programme.created.v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private Api api;
    private Tokens tokens;
    private DefinedProgramme programme;

    /** The running tier; called only after the subclass's {@code @BeforeAll} has started it. */
    protected abstract SystemUnderTest system();

    @Test
    void requestsWithoutATokenAreRejected() {
        HttpResponse<String> post = api().post("/api/programmes", null, programmeJson(uniqueCode()));
        HttpResponse<String> get = api().get("/api/progress/programmes", null);

        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(get.statusCode()).isEqualTo(401);
        assertIsProblem(post);
        assertIsProblem(get);
    }

    @Test
    void aProgrammeAdminDefinesAProgramme() {
        DefinedProgramme defined = definedProgramme();

        assertThat(defined.response().statusCode()).as(defined.response().body()).isEqualTo(201);
        assertThat(defined.id()).isNotBlank();
        assertThat(json(defined.response()).path("code").asString()).isEqualTo(defined.code());
        String location = defined.response().headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/programmes/" + defined.id());
        // The Location names an address the client can follow: through the gateway.
        HttpResponse<String> followed = api().get(location, tokens().forUser("stm-admin"));
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
        assertThat(json(followed).path("id").asString()).isEqualTo(defined.id());
    }

    @Test
    void theDefinitionIsPublishedAsACloudEventInBinaryMode() {
        DefinedProgramme defined = definedProgramme();
        TopicReader topic = new TopicReader(system().kafkaBootstrapServers());

        ConsumerRecord<String, byte[]> record = await("the event keyed " + defined.id() + " on " + PROGRAMMES_TOPIC)
                .atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.findByKey(PROGRAMMES_TOPIC, defined.id()), Optional::isPresent)
                .orElseThrow();

        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo(PROGRAMME_CREATED);
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_source")).isNotBlank();
        assertThat(header(record, "ce_subject")).isEqualTo(defined.id());
        assertThat(header(record, "content-type")).startsWith("application/json");
        assertThat(JSON.readTree(record.value()).path("code").asString()).isEqualTo(defined.code());
    }

    @Test
    void aPlainNonJavaClientSeesTheEvent() {
        Optional<Path> kcat = Kcat.executable();
        assumeTrue(kcat.isPresent(), "kcat is not installed (.ci/run installs it): the non-Java client check is skipped");
        DefinedProgramme defined = definedProgramme();

        await("kcat shows the event keyed " + defined.id())
                .atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> Kcat.keysAndHeaders(kcat.get(), system().kafkaBootstrapServers(), PROGRAMMES_TOPIC)
                        .lines()
                        .anyMatch(line -> line.startsWith(defined.id() + " ")
                                && line.contains("ce_type=" + PROGRAMME_CREATED)));
    }

    @Test
    void theProgressViewListsTheProgrammeForAViewer() {
        DefinedProgramme defined = definedProgramme();
        String viewer = tokens().forUser("viewer");

        JsonNode summary = await("programme " + defined.id() + " in GET /api/progress/programmes")
                .atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> progressSummary(viewer, defined.id()), Optional::isPresent)
                .orElseThrow();

        assertThat(summary.path("code").asString()).isEqualTo(defined.code());
        assertThat(summary.path("names").path("fi").asString()).isEqualTo("Järjestelmätestin ohjelma");
        assertThat(summary.path("level").asString()).isEqualTo("NATIONAL");
        assertThat(summary.path("ownerOrganisation").asString()).isEqualTo("STM");
    }

    @Test
    void aViewerCannotDefineAProgramme() {
        String code = uniqueCode();

        HttpResponse<String> refused = api().post("/api/programmes", tokens().forUser("viewer"), programmeJson(code));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);

        // Codes are unique: had the refused request stored anything, this would be a 409.
        HttpResponse<String> accepted = api().post("/api/programmes", tokens().forUser("stm-admin"), programmeJson(code));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    }

    @Test
    void anIntegrationClientReadsTheProgress() {
        HttpResponse<String> response = api().get("/api/progress/programmes", tokens().forIntegrationClient());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("content").isArray()).isTrue();
    }

    @Test
    void anInvalidDefinitionIsAProblem() {
        String withoutCode = """
                {"names":{"fi":"Kooditon ohjelma"},"level":"NATIONAL","ownerOrganisation":"STM"}""";

        HttpResponse<String> response = api().post("/api/programmes", tokens().forUser("stm-admin"), withoutCode);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertIsProblem(response);
    }

    private synchronized DefinedProgramme definedProgramme() {
        if (programme == null) {
            String code = uniqueCode();
            HttpResponse<String> response = api().post("/api/programmes", tokens().forUser("stm-admin"),
                    programmeJson(code));
            String id = response.statusCode() == 201 ? json(response).path("id").asString() : null;
            programme = new DefinedProgramme(code, id, response);
        }
        assertThat(programme.id()).as("programme defined: " + programme.response().statusCode() + " "
                + programme.response().body()).isNotNull();
        return programme;
    }

    private Optional<JsonNode> progressSummary(String token, String programmeId) {
        HttpResponse<String> response = api().get("/api/progress/programmes?size=200", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json(response).path("content").spliterator(), false)
                .filter(summary -> programmeId.equals(summary.path("programmeId").asString()))
                .findFirst();
    }

    private Api api() {
        if (api == null) {
            api = new Api(system().gatewayUrl());
        }
        return api;
    }

    private Tokens tokens() {
        if (tokens == null) {
            tokens = new Tokens(system().issuer());
        }
        return tokens;
    }

    private static void assertIsProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of a " + response.statusCode())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name + " among " + headerNames(record)).isNotNull();
        return new String(header.value(), UTF_8);
    }

    private static String headerNames(ConsumerRecord<?, ?> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .map(Header::key)
                .collect(Collectors.joining(", "));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String programmeJson(String code) {
        return """
                {"code":"%s","names":{"fi":"Järjestelmätestin ohjelma","sv":"Systemtestets program",\
                "en":"System test programme"},"level":"NATIONAL","ownerOrganisation":"STM"}""".formatted(code);
    }

    private static String uniqueCode() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder("ST-");
        for (int i = 0; i < 8; i++) {
            code.append(letters.charAt(random.nextInt(letters.length())));
        }
        return code.toString();
    }

    private record DefinedProgramme(String code, String id, HttpResponse<String> response) {
    }
}
