package fi.tiekartta.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The five services and the gateway as {@code java -jar} processes pointed at given infrastructure through
 * the same environment variables the launcher sets. Used by the container tier, where the infrastructure is
 * not the launcher's; every app gets a free port, so a running developer stack is never in the way.
 */
final class AppProcesses implements AutoCloseable {

    private static final List<String> SERVICES = List.of(
            "programme-service", "workpackage-service", "milestone-service", "region-service", "progress-service");
    private static final String GATEWAY = "gateway";

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Path logs;

    private AppProcesses(Path logs) {
        this.logs = logs;
    }

    /** Starts every app with {@code infrastructure} (MONGODB_URI, KAFKA_BOOTSTRAP_SERVERS, OIDC_ISSUER_URI). */
    static AppProcesses start(Path logs, Map<String, String> infrastructure) throws IOException {
        AppProcesses apps = new AppProcesses(Files.createDirectories(logs));
        for (String name : SERVICES) {
            apps.ports.put(name, freePort());
        }
        apps.ports.put(GATEWAY, freePort());
        Map<String, String> environment = new LinkedHashMap<>(infrastructure);
        environment.put("PROGRAMME_SERVICE_URL", apps.url("programme-service"));
        environment.put("WORKPACKAGE_SERVICE_URL", apps.url("workpackage-service"));
        environment.put("MILESTONE_SERVICE_URL", apps.url("milestone-service"));
        environment.put("REGION_SERVICE_URL", apps.url("region-service"));
        environment.put("PROGRESS_SERVICE_URL", apps.url("progress-service"));
        try {
            for (String name : apps.ports.keySet()) {
                apps.launch(name, environment);
            }
            apps.awaitHealthy();
        } catch (RuntimeException e) {
            apps.close();
            throw e;
        }
        return apps;
    }

    String gatewayUrl() {
        return url(GATEWAY);
    }

    private String url(String name) {
        return "http://localhost:" + ports.get(name);
    }

    private void launch(String name, Map<String, String> environment) throws IOException {
        Path jar = Paths.repo().resolve((name.equals(GATEWAY) ? "gateway" : "services/" + name)
                + "/target/" + name + "-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the project first (./mvnw verify does)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(ports.get(name)));
        processes.put(name, builder.start());
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> pending = new ArrayList<>(processes.keySet());
        await("all apps report UP on /actuator/health").atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    pending.removeIf(name -> healthy(http, name));
                    for (String name : pending) {
                        if (!processes.get(name).isAlive()) {
                            throw new IllegalStateException(name + " exited during start-up; the end of its log:\n"
                                    + tail(logs.resolve(name + ".log")));
                        }
                    }
                    return pending.isEmpty();
                });
    }

    private boolean healthy(HttpClient http, String name) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(name) + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).build();
            return http.send(request, BodyHandlers.ofString()).body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM to all, then SIGKILL to whatever has not stopped within 30 s. */
    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
