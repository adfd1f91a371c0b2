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

    private final Path home;
    private final Map<String, String> environment;

    /**
     * @param ports    the launcher's port variables ({@code GATEWAY_PORT}, …)
     * @param settings other variables the launcher passes to the apps, e.g. {@code MILESTONE_OVERDUE_CHECK_INTERVAL}
     */
    LocalStackLauncher(Path home, Map<String, String> ports, Map<String, String> settings) {
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
                Stream.of(Paths.repo().resolve("deploy/local/tiekartta").toString()), arguments.stream()).toList();
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(Paths.repo().toFile())
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
