package fi.tiekartta.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives {@code deploy/local/tiekartta}, the same launcher a developer uses, with its own home and ports.
 * Its output goes to {@code launcher-<command>.log} in that home, beside the components' logs, which the
 * build directory keeps after the run.
 */
final class LocalStackLauncher {

    private final Path repository;
    private final Path home;
    private final Map<String, String> environment;

    /**
     * @param ports    the launcher's port variables ({@code GATEWAY_PORT}, …)
     * @param settings other variables the launcher passes to the apps, e.g. {@code MILESTONE_OVERDUE_CHECK_INTERVAL}
     */
    LocalStackLauncher(Path home, Map<String, String> ports, Map<String, String> settings) {
        this(Paths.repo(), home, ports, settings);
    }

    /** @param repository where the launcher is, {@code deploy/local/tiekartta} in it (see {@link #snapshotOfTheRepository}) */
    LocalStackLauncher(Path repository, Path home, Map<String, String> ports, Map<String, String> settings) {
        this.repository = repository;
        this.home = home;
        this.environment = new java.util.HashMap<>(ports);
        environment.putAll(settings);
        environment.put("TIEKARTTA_HOME", home.toString());
    }

    /** A fresh home: data of an earlier run must not leak into this one. */
    static Path freshHome(Path home) throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(home);
    }

    /**
     * A snapshot of what the launcher runs, under {@code target/stack-repo}: a copy of the launcher script and of the
     * apps' jars, links to the rest it reads (the realm, the seed, the infrastructure's build). The launcher finds
     * its repository from its own place, so run from there it starts the jars as they were when the test began:
     * a module rebuilt meanwhile (another build replacing a jar under a running app) cannot break the stack.
     */
    static Path snapshotOfTheRepository() throws IOException {
        Path repo = Paths.repo();
        Path snapshot = freshHome(Paths.work().resolve("stack-repo"));
        Path local = Files.createDirectories(snapshot.resolve("deploy/local"));
        try (Stream<Path> files = Files.list(repo.resolve("deploy/local"))) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().equals("tiekartta")) {
                    Files.copy(file, local.resolve("tiekartta"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    Files.createSymbolicLink(local.resolve(file.getFileName()), file);
                }
            }
        }
        Files.createSymbolicLink(snapshot.resolve("deploy/keycloak"), repo.resolve("deploy/keycloak"));
        Files.createSymbolicLink(snapshot.resolve("deploy/seed"), repo.resolve("deploy/seed"));
        Files.createDirectories(snapshot.resolve("deploy/local-stack"));
        Files.createSymbolicLink(snapshot.resolve("deploy/local-stack/target"), repo.resolve("deploy/local-stack/target"));
        for (String module : List.of("services/programme-service", "services/workpackage-service",
                "services/milestone-service", "services/region-service", "services/progress-service",
                "services/integration-service", "services/notification-service", "services/web-ui", "gateway")) {
            Path jar = repo.resolve(module + "/target/" + Path.of(module).getFileName() + "-0.1.0-SNAPSHOT.jar");
            if (Files.isRegularFile(jar)) {
                Path copy = Files.createDirectories(snapshot.resolve(module + "/target")).resolve(jar.getFileName());
                Files.copy(jar, copy);
            }
        }
        return snapshot;
    }

    void up() throws IOException, InterruptedException {
        run(List.of("up", "--detach", "--no-build"), 15);
    }

    void down() throws IOException, InterruptedException {
        run(List.of("down"), 3);
    }

    private void run(List<String> arguments, int timeoutMinutes) throws IOException, InterruptedException {
        String command = arguments.get(0);
        Path log = home.resolve("launcher-" + command + ".log");
        List<String> commandLine = Stream.concat(
                Stream.of(repository.resolve("deploy/local/tiekartta").toString()), arguments.stream()).toList();
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroy();
            process.waitFor(1, TimeUnit.MINUTES);
            throw new IllegalStateException("tiekartta " + command + " did not finish within " + timeoutMinutes
                    + " min; its output:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.println("tiekartta " + String.join(" ", arguments) + ":\n" + output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("tiekartta " + command + " failed (exit " + process.exitValue()
                    + "); its output:\n" + output);
        }
    }
}
