package fi.tiekartta.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The thin slice on the local stack, started exactly as the README tells a developer to (the launcher, run from a
 * snapshot of the jars: see {@link LocalStackLauncher#snapshotOfTheRepository}), but on ports of its own so it never collides with a stack a developer has running, and with a fresh home
 * under target/ whose logs stay for inspection. The scenarios of the API run as this class's tests and
 * {@code @Nested} classes, the browser tests of the web UI last, on the same stack (it starts once).
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class LocalStackSystemIT extends ThinSliceScenario {

    private static final Map<String, String> PORTS = Map.ofEntries(
            Map.entry("GATEWAY_PORT", "18080"),
            Map.entry("KEYCLOAK_PORT", "18180"),
            Map.entry("KAFKA_PORT", "19092"),
            Map.entry("KAFKA_CONTROLLER_PORT", "19093"),
            Map.entry("MONGODB_PORT", "27018"),
            Map.entry("PROGRAMME_SERVICE_PORT", "18081"),
            Map.entry("WORKPACKAGE_SERVICE_PORT", "18082"),
            Map.entry("MILESTONE_SERVICE_PORT", "18083"),
            Map.entry("REGION_SERVICE_PORT", "18084"),
            Map.entry("PROGRESS_SERVICE_PORT", "18085"),
            Map.entry("WEB_UI_PORT", "18086"),
            Map.entry("INTEGRATION_SERVICE_PORT", "18087"),
            Map.entry("NOTIFICATION_SERVICE_PORT", "18088"),
            Map.entry("SMTP_PORT", "13025"),
            Map.entry("MAIL_IMAP_PORT", "13143"),
            Map.entry("MAIL_API_PORT", "18089"));

    /** The loopback port of the integrations scenario's webhook receiver, the one loopback target the stack allows. */
    private static final int WEBHOOK_RECEIVER_PORT = 18990;

    /**
     * Settings for the test: the overdue check runs every few seconds instead of every minute, webhooks may reach the
     * test's receiver on loopback and retry within seconds, and e-mail leaves within seconds.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "MILESTONE_OVERDUE_CHECK_INTERVAL", "PT5S",
            "WEBHOOK_ALLOWED_TARGETS", "localhost:" + WEBHOOK_RECEIVER_PORT,
            "WEBHOOK_RETRY_INITIAL_INTERVAL", "PT1S",
            "NOTIFICATION_MAIL_IMMEDIATE_INTERVAL", "PT2S");

    private static final SystemUnderTest SYSTEM = new SystemUnderTest(
            "http://localhost:" + PORTS.get("GATEWAY_PORT"),
            "http://localhost:" + PORTS.get("KEYCLOAK_PORT") + "/realms/tiekartta",
            "127.0.0.1:" + PORTS.get("KAFKA_PORT"));

    private LocalStackLauncher launcher;

    /**
     * {@code -Dtiekartta.keepStack=true} (for working on the tests): the stack stays up after the run, and the next
     * run with the property uses it as it is instead of starting a fresh one. Its data is then what the earlier runs
     * left, which tests that change data may not expect. A run without the property stops it and starts afresh.
     */
    private static final boolean KEEP_STACK = Boolean.getBoolean("tiekartta.keepStack");

    @BeforeAll
    void startTheLocalStack() throws IOException, InterruptedException {
        Path home = Paths.work().resolve("local-stack-home");
        Path snapshot = Paths.work().resolve("stack-repo");
        if (Files.isDirectory(home.resolve("run"))) {
            if (KEEP_STACK && gatewayAnswers()) {
                System.out.println("Using the local stack left running in " + home + " (-Dtiekartta.keepStack=true)");
                return;
            }
            // A stack left over by an earlier run that was killed before it could stop it.
            new LocalStackLauncher(Files.isDirectory(snapshot) ? snapshot : Paths.repo(), home, PORTS, Map.of()).down();
        }
        launcher = new LocalStackLauncher(LocalStackLauncher.snapshotOfTheRepository(),
                LocalStackLauncher.freshHome(home), PORTS, SETTINGS);
        launcher.up();
    }

    private static boolean gatewayAnswers() {
        try {
            return new Api(SYSTEM.gatewayUrl()).get("/actuator/health", null).statusCode() == 200;
        } catch (java.io.UncheckedIOException notRunning) {
            return false;
        }
    }

    // Runs also when start-up failed: whatever did start is stopped.
    @AfterAll
    void stopTheLocalStack() throws IOException, InterruptedException {
        if (KEEP_STACK) {
            System.out.println("The local stack keeps running (-Dtiekartta.keepStack=true); a run without the property "
                    + "stops it, or TIEKARTTA_HOME=" + Paths.work().resolve("local-stack-home") + " with the test's ports "
                    + "and deploy/local/tiekartta down");
            return;
        }
        if (launcher != null) {
            launcher.down();
        }
    }

    @Override
    protected SystemUnderTest system() {
        return SYSTEM;
    }

    /**
     * The launcher imports deploy/seed/roadmap.yaml through the gateway on first start: after it, the seed
     * roadmap is visible through the API, down to its milestones (applied once their work packages and
     * measures are known to milestone-service).
     */
    @Test
    void theSeedRoadmapIsVisibleAfterTheRunCommand() {
        Api api = new Api(SYSTEM.gatewayUrl());
        String viewer = new Tokens(SYSTEM.issuer()).forUser("viewer");
        JsonMapper json = JsonMapper.builder().build();
        JsonNode programmes = json.readTree(api.get("/api/programmes?size=200", viewer).body()).path("content");
        Map<String, String> ids = new HashMap<>();
        programmes.forEach(programme -> ids.put(programme.path("code").asString(), programme.path("id").asString()));
        assertThat(ids).containsKeys("SHKO", "THL-RSO", "PH-SOTY", "SOTY-2030");

        await("TP1-TP7 and VALM of SHKO").atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                json.readTree(api.get("/api/work-packages?programmeId=" + ids.get("SHKO"), viewer).body()).path("content").size())
                .isEqualTo(8));
        await("SHKO's milestones").atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                json.readTree(api.get("/api/milestones?size=200&programmeId=" + ids.get("SHKO"), viewer).body()).path("content").size())
                .isEqualTo(22));
    }

    /**
     * The seed says what the sources say (issue 9): no seeded milestone shows as overdue, because the sources
     * show each as done, ongoing ("Kevät 2023 –", open-ended) or do not record its completion (NOT_RECORDED,
     * never overdue); the network day of 17.5.2023 took place; periods keep the form the sources give them.
     * Milestones the lifecycle scenario plans (codes SYSTEST-…) are its own and left out.
     */
    @Test
    void theSeedShowsNoMilestoneOverdueThatTheSourcesShowDoneOrOngoing() {
        Api api = new Api(SYSTEM.gatewayUrl());
        String viewer = new Tokens(SYSTEM.issuer()).forUser("viewer");
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> ids = new HashMap<>();
        json.readTree(api.get("/api/programmes?size=200", viewer).body()).path("content")
                .forEach(programme -> ids.put(programme.path("code").asString(), programme.path("id").asString()));
        await("the seeded milestones").atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                json.readTree(api.get("/api/milestones?size=200&programmeCode=PH-SOTY", viewer).body()).path("content").size())
                .isPositive());

        for (String code : new String[] {"SHKO", "THL-RSO", "PH-SOTY", "SOTY-2030"}) {
            JsonNode overdue = json.readTree(api.get("/api/milestones?size=200&overdue=true&programmeId=" + ids.get(code), viewer)
                    .body()).path("content");
            java.util.List<String> seededOverdue = new java.util.ArrayList<>();
            overdue.forEach(milestone -> {
                if (!milestone.path("code").asString().startsWith("SYSTEST-")) {
                    seededOverdue.add(milestone.path("code").asString());
                }
            });
            assertThat(seededOverdue).as("overdue milestones of %s", code).isEmpty();
        }

        JsonNode networkDay = json.readTree(api.get("/api/milestones?programmeCode=PH-SOTY&code=PH-SOTY-01", viewer).body())
                .path("content").get(0);
        assertThat(networkDay.path("status").asString()).isEqualTo("ACHIEVED");
        assertThat(networkDay.path("actual").path("value").asString()).isEqualTo("2023-05-17");
        assertThat(networkDay.path("basis").path("kind").asString()).isEqualTo("SOURCE");
        assertThat(networkDay.path("programmeCode").asString()).isEqualTo("PH-SOTY");

        JsonNode evaluation = json.readTree(api.get("/api/milestones?programmeCode=SHKO&code=SHKO-VALM-12", viewer).body())
                .path("content").get(0);
        assertThat(evaluation.path("baseline").path("value").asString()).as("\"Kevät 2023 –\"").isEqualTo("2023-spring/..");
        assertThat(evaluation.path("baseline").path("label").path("fi").asString()).isEqualTo("kevät 2023 alkaen");
        assertThat(evaluation.path("baseline").path("end").isNull()).isTrue();
        assertThat(evaluation.path("overdue").asBoolean()).isFalse();

        assertThat(json.readTree(api.get("/api/milestones?size=200&programmeCode=SHKO&status=NOT_RECORDED", viewer).body())
                .path("content").size()).as("completion not recorded, not late").isPositive();
    }

    /**
     * The shared picture answers through the gateway on the seeded stack (issue 10): SHKO's national roadmap on
     * its three government terms with TP1–TP7 and VALM, a work package, the regional matrix of the 22 organisers in
     * their five cooperation areas with the demo's rounds marked illustrative, Päijät-Häme's region view, what
     * needs attention and the recent changes; and a milestone achieved through the API shows in the roadmap.
     */
    @Test
    void theSharedPictureAnswersForTheSeededProgrammesAndTheReportingDemo() {
        Api api = new Api(SYSTEM.gatewayUrl());
        Tokens tokens = new Tokens(SYSTEM.issuer());
        String viewer = tokens.forUser("viewer");
        JsonMapper json = JsonMapper.builder().build();

        JsonNode roadmap = await("SHKO's roadmap in the shared picture").atMost(Duration.ofSeconds(90))
                .until(() -> json.readTree(api.get("/api/progress/programmes/SHKO/roadmap", viewer).body()),
                        answer -> answer.path("workPackages").size() == 8 && answer.path("timeline").size() == 22);
        assertThat(roadmap.path("programme").path("code").asString()).isEqualTo("SHKO");
        assertThat(roadmap.path("terms").valueStream().map(term -> term.path("start").asString()))
                .startsWith("2019-06-06", "2023-06-20");
        assertThat(roadmap.path("workPackages").valueStream().map(wp -> wp.path("code").asString()))
                .containsExactly("TP1", "TP2", "TP3", "TP4", "TP5", "TP6", "TP7", "VALM");
        assertThat(roadmap.path("milestones").path("overdue").asInt()).as("no seeded milestone is late").isZero();
        assertThat(roadmap.path("milestones").path("notRecorded").asInt()).isPositive();

        JsonNode tp3 = json.readTree(api.get("/api/progress/work-packages/SHKO/TP3", viewer).body());
        assertThat(tp3.path("measures").valueStream().map(measure -> measure.path("code").asString()))
                .containsExactly("TP3.1", "TP3.2", "TP3.3");

        JsonNode matrix = await("the regional matrix").atMost(Duration.ofSeconds(60))
                .until(() -> json.readTree(api.get("/api/progress/regional-matrix?programme=SHKO", viewer).body()),
                        answer -> answer.path("areas").size() == 5);
        assertThat(matrix.path("areas").valueStream().mapToInt(area -> area.path("organisers").size()).sum()).isEqualTo(22);
        assertThat(matrix.path("illustrative").asBoolean()).as("the demo's rounds are marked as examples").isTrue();

        JsonNode paijatHame = json.readTree(api.get("/api/progress/regions/09", viewer).body());
        assertThat(paijatHame.path("code").asString()).isEqualTo("09");
        assertThat(paijatHame.path("rounds").size()).isEqualTo(2);

        assertThat(api.get("/api/progress/attention?programme=SHKO", viewer).statusCode()).isEqualTo(200);
        assertThat(json.readTree(api.get("/api/progress/changes?programme=SHKO&kind=ROUND", viewer).body())
                .path("content").size()).isPositive();

        // A milestone achieved through the API shows in the roadmap: an open-ended one cannot be, so take SHKO-TP1-01.
        String admin = tokens.forUser("stm-admin");
        JsonNode milestone = json.readTree(api.get("/api/milestones?programmeCode=SHKO&code=SHKO-TP1-01", viewer).body())
                .path("content").get(0);
        String location = "/api/milestones/" + milestone.path("id").asString();
        String etag = api.get(location, viewer).headers().firstValue("ETag").orElseThrow();
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        assertThat(api.post(location + "/achievement", admin, "{\"actual\":\"" + today + "\"}", etag).statusCode())
                .isEqualTo(200);
        await("the achievement in the roadmap").atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                json.readTree(api.get("/api/progress/programmes/SHKO/roadmap", viewer).body()).path("timeline").valueStream()
                        .filter(entry -> entry.path("code").asString().equals("SHKO-TP1-01"))
                        .map(entry -> entry.path("status").asString())).containsExactly("ACHIEVED"));
    }

    /**
     * After the roadmap, the launcher loads deploy/seed/reporting-demo.yaml through the gateway (illustrative
     * reports, not real data): SHKO's previous half-year as a closed round whose reports went through the whole
     * workflow, its current half-year as an open round of all 22 organisers, and THL's real September 2020
     * baseline of structural social work as a national indicator.
     */
    @Test
    void theReportingDemoIsVisibleAfterTheRunCommand() {
        Api api = new Api(SYSTEM.gatewayUrl());
        String viewer = new Tokens(SYSTEM.issuer()).forUser("viewer");
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> ids = new HashMap<>();
        json.readTree(api.get("/api/programmes?size=200", viewer).body()).path("content")
                .forEach(programme -> ids.put(programme.path("code").asString(), programme.path("id").asString()));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        String current = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        String previous = today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-H2" : today.getYear() + "-H1";

        Map<String, JsonNode> rounds = new HashMap<>();
        json.readTree(api.get("/api/reporting-rounds?size=50&programmeId=" + ids.get("SHKO"), viewer).body())
                .path("content").forEach(round -> rounds.put(round.path("period").path("value").asString(), round));
        assertThat(rounds).containsKeys(previous, current);
        JsonNode closed = rounds.get(previous);
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("closeReason").asString()).isEqualTo("BY_HAND");
        assertThat(closed.path("regionCodes").valueStream().map(JsonNode::asString)).containsExactly("08", "09", "17", "90");
        JsonNode open = rounds.get(current);
        assertThat(open.path("status").asString()).isEqualTo("OPEN");
        assertThat(open.path("regionCodes").size()).isEqualTo(22);
        assertThat(Instant.parse(open.path("deadline").asString())).isAfter(Instant.now().plus(Duration.ofDays(50)));

        JsonNode closedMatrix = matrix(api, json, viewer, closed, "");
        assertThat(closedMatrix.path("cells").size()).isEqualTo(12);
        assertThat(closedMatrix.path("byStatus").propertyStream().map(e -> e.getKey() + "=" + e.getValue().asLong()))
                .contains("MISSING=2", "DRAFT=1", "SUBMITTED=2", "RETURNED=0", "VERIFIED=7");
        // Pohjanmaa corrected one report after the close: it waits for THL again, and the deadline view keeps
        // the report as it stood then.
        JsonNode corrected = closedMatrix.path("cells").valueStream().filter(cell -> cell.path("corrected").asBoolean())
                .findFirst().orElseThrow();
        assertThat(corrected.path("regionCode").asString()).isEqualTo("17");
        assertThat(corrected.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(corrected.path("selfReported").path("level").asString()).isEqualTo("PARTIAL");
        JsonNode asAtDeadline = matrix(api, json, viewer, closed, "?view=DEADLINE").path("cells").valueStream()
                .filter(cell -> cell.path("reportId").asString().equals(corrected.path("reportId").asString()))
                .findFirst().orElseThrow();
        assertThat(asAtDeadline.path("status").asString()).isEqualTo("VERIFIED");
        assertThat(asAtDeadline.path("selfReported").path("level").asString()).isEqualTo("PILOTING");

        // Päijät-Häme reported one measure established; THL verified it in use for 60 % of the population.
        JsonNode paijatHame = json.readTree(api.get("/api/regions/09/reports?roundId=" + closed.path("id").asString(),
                viewer).body()).path("content");
        assertThat(paijatHame.valueStream().map(report -> report.path("selfReport").path("level").asString() + " -> "
                + report.path("verified").path("level").asString() + " " + report.path("verified").path("share").asInt()
                + " " + report.path("verified").path("shareBasis").asString()))
                .contains("ESTABLISHED -> PARTIAL 60 POPULATION");
        JsonNode pohjanmaa = json.readTree(api.get("/api/regions/17/reports?roundId=" + closed.path("id").asString(),
                viewer).body()).path("content");
        assertThat(pohjanmaa.valueStream().map(report -> report.path("selfReport").path("narrative").path("original").asString()))
                .contains("sv");

        JsonNode openMatrix = matrix(api, json, viewer, open, "");
        assertThat(openMatrix.path("cells").size()).isEqualTo(88);
        assertThat(openMatrix.path("byStatus").propertyStream().map(e -> e.getKey() + "=" + e.getValue().asLong()))
                .contains("MISSING=81", "DRAFT=3", "SUBMITTED=3", "VERIFIED=1");

        JsonNode indicators = json.readTree(api.get("/api/national-indicators?programmeId=" + ids.get("THL-RSO"),
                viewer).body()).path("content");
        assertThat(indicators.size()).isEqualTo(1);
        JsonNode baseline = indicators.get(0);
        assertThat(baseline.path("observedPeriod").path("value").asString()).isEqualTo("2020-09");
        assertThat(baseline.path("total").asInt()).isEqualTo(23);
        assertThat(baseline.path("categories").valueStream()
                .map(category -> category.path("key").asString() + "=" + category.path("count").asInt()))
                .containsExactly("REGION_WIDE=4", "PARTIAL=10", "NONE=9");
    }

    private static JsonNode matrix(Api api, JsonMapper json, String token, JsonNode round, String query) {
        var response = api.get("/api/reporting-rounds/" + round.path("id").asString() + "/reports" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("matrix");
    }

    /** A milestone's life on the same stack (started once for the whole class). */
    /** First: the docs' examples read the demo data as a fresh stack has it. */
    @Nested
    @Order(0)
    class DocumentedCommands extends DocumentedCommandsScenario {

        @Override
        protected Map<String, String> launcherPorts() {
            return PORTS;
        }

        @Override
        protected Path stackHome() {
            return Paths.work().resolve("local-stack-home");
        }
    }

    @Nested
    @Order(1)
    class MilestoneLifecycle extends MilestoneLifecycleScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }
    }

    /** A reporting round's life on the same stack, beside the demo rounds the launcher loaded. */
    @Nested
    @Order(2)
    class ReportingRound extends ReportingRoundScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }
    }

    /** Issue 13: the public event contract, webhooks, the event stream and notifications, as their users see them. */
    @Nested
    @Order(3)
    class Integrations extends IntegrationsScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }

        @Override
        protected String mailApiUrl() {
            return "http://127.0.0.1:" + PORTS.get("MAIL_API_PORT");
        }

        @Override
        protected int webhookReceiverPort() {
            return WEBHOOK_RECEIVER_PORT;
        }
    }

    /**
     * The web UI in Debian's headless Chromium (skipped without it), each demo user doing their job through the
     * gateway: last, after the API's scenarios, whose data it then also shows.
     */
    @Nested
    @Order(4)
    class WebUi extends WebUiScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }
    }

    /**
     * The end-to-end authorization matrix of issue 12 ({@code fi.tiekartta.systemtests.matrix}): after the web UI, as
     * it adds two test clients to the realm and restarts progress-service's read model.
     */
    @Nested
    @Order(5)
    class AuthorizationMatrix extends fi.tiekartta.systemtests.matrix.AuthorizationMatrixScenario {

        @Override
        protected String gatewayUrl() {
            return SYSTEM.gatewayUrl();
        }

        @Override
        protected String issuer() {
            return SYSTEM.issuer();
        }

        @Override
        protected Path repository() {
            return Paths.repo();
        }
    }

    /** The Kafka side of the public contract (issue 13): after everything else has published, before the outage. */
    @Nested
    @Order(6)
    class PublishedContract extends PublishedContractScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }
    }

    /** A real service hung, then stopped, behind the gateway (issue 12): last, as the stopped service stays down. */
    @Nested
    @Order(7)
    class ServiceOutage extends ServiceOutageScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }

        @Override
        protected Path stackHome() {
            return Paths.work().resolve("local-stack-home");
        }

        @Override
        protected boolean mayStopServices() {
            return !KEEP_STACK;
        }
    }
}
