package fi.tiekartta.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The thin slice on the local stack, started exactly as the README tells a developer to (the launcher), but
 * on ports of its own so it never collides with a stack a developer has running, and with a fresh home
 * under target/ whose logs stay for inspection.
 */
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
            Map.entry("PROGRESS_SERVICE_PORT", "18085"));

    /** Settings for the test: the overdue check runs every few seconds instead of every minute. */
    private static final Map<String, String> SETTINGS = Map.of("MILESTONE_OVERDUE_CHECK_INTERVAL", "PT5S");

    private static final SystemUnderTest SYSTEM = new SystemUnderTest(
            "http://localhost:" + PORTS.get("GATEWAY_PORT"),
            "http://localhost:" + PORTS.get("KEYCLOAK_PORT") + "/realms/tiekartta",
            "127.0.0.1:" + PORTS.get("KAFKA_PORT"));

    private LocalStackLauncher launcher;

    @BeforeAll
    void startTheLocalStack() throws IOException, InterruptedException {
        Path home = Paths.work().resolve("local-stack-home");
        if (Files.isDirectory(home.resolve("run"))) {
            // A stack left over by an earlier run that was killed before it could stop it.
            new LocalStackLauncher(home, PORTS, Map.of()).down();
        }
        launcher = new LocalStackLauncher(LocalStackLauncher.freshHome(home), PORTS, SETTINGS);
        launcher.up();
    }

    // Runs also when start-up failed: whatever did start is stopped.
    @AfterAll
    void stopTheLocalStack() throws IOException, InterruptedException {
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
                .isEqualTo(16));
    }

    /** A milestone's life on the same stack (started once for the whole class). */
    @Nested
    class MilestoneLifecycle extends MilestoneLifecycleScenario {

        @Override
        protected SystemUnderTest system() {
            return SYSTEM;
        }
    }
}
