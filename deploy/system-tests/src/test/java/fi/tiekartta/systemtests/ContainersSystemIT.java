package fi.tiekartta.systemtests;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The thin slice on the real infrastructure images: a MongoDB 8 replica set, an Apache Kafka broker and
 * Keycloak with the project's realm file imported, with the packaged services and gateway as processes
 * pointed at them. Where no Docker engine runs, this tier is skipped and says so.
 */
@ExtendWith(DockerRequired.class)
@Testcontainers(disabledWithoutDocker = true)
class ContainersSystemIT extends ThinSliceScenario {

    private static final int KEYCLOAK_HTTP = 8080;

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:8")).withReplicaSet();

    // The broker version the project's Kafka clients are built for, configured like the local stack's:
    // topics exist only when a service declares them (see deploy/local/tiekartta).
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.2.1"))
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");

    // The same Keycloak version the local stack runs, importing the same realm file.
    @Container
    static final GenericContainer<?> KEYCLOAK = new GenericContainer<>(
            DockerImageName.parse("quay.io/keycloak/keycloak:26.7.3"))
            .withCommand("start-dev", "--import-realm")
            .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
            .withCopyFileToContainer(
                    MountableFile.forHostPath(Paths.repo().resolve("deploy/keycloak/tiekartta-realm.json")),
                    "/opt/keycloak/data/import/tiekartta-realm.json")
            .withExposedPorts(KEYCLOAK_HTTP)
            .waitingFor(Wait.forHttp("/realms/tiekartta/.well-known/openid-configuration")
                    .forPort(KEYCLOAK_HTTP)
                    .withStartupTimeout(Duration.ofMinutes(5)));

    private AppProcesses apps;
    private SystemUnderTest system;

    @BeforeAll
    void startTheApps() throws IOException {
        // Tokens are fetched from this same address, so their issuer is exactly what the apps expect.
        String issuer = "http://" + KEYCLOAK.getHost() + ":" + KEYCLOAK.getMappedPort(KEYCLOAK_HTTP)
                + "/realms/tiekartta";
        apps = AppProcesses.start(Paths.work().resolve("containers-tier-logs"), Map.of(
                "MONGODB_URI", MONGO.getReplicaSetUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", KAFKA.getBootstrapServers(),
                "OIDC_ISSUER_URI", issuer));
        system = new SystemUnderTest(apps.gatewayUrl(), issuer, KAFKA.getBootstrapServers());
    }

    @AfterAll
    void stopTheApps() {
        if (apps != null) {
            apps.close();
        }
    }

    @Override
    protected SystemUnderTest system() {
        return system;
    }
}
