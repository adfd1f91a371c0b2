package fi.tiekartta.contracts.asyncapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The AsyncAPI CLI ({@code @asyncapi/cli}) pinned by {@code deploy/tools/asyncapi/package-lock.json}, run from there.
 * {@code .ci/run} installs it ({@code npm ci}); where it is missing and npm is on the PATH, the first use installs it
 * the same way, so a developer's {@code ./mvnw verify} validates too. Its usage metrics are off: they would be sent
 * over the network, and a build sends nothing anywhere.
 */
final class AsyncApiCli {

    private static final Path TOOLS = repositoryRoot().resolve("deploy/tools/asyncapi");
    private static final Path EXECUTABLE = TOOLS.resolve("node_modules/.bin/asyncapi");

    private AsyncApiCli() {
    }

    /** What the CLI said and how it ended. */
    record Outcome(int exitCode, String output) {
    }

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    static boolean installable() {
        return onPath("npm") && onPath("node");
    }

    static String unavailableReason() {
        return "The AsyncAPI CLI is not installed in " + TOOLS + " and npm is not on the PATH (Debian: apt-get install "
                + "nodejs npm; then cd deploy/tools/asyncapi && npm ci --ignore-scripts)";
    }

    /** {@code asyncapi validate <file>}: exit code 0 only for a valid document without errors. */
    static synchronized Outcome validate(Path file) throws IOException, InterruptedException {
        if (!installed()) {
            install();
        }
        Path metricsConfig = Files.createDirectories(file.getParent()).resolve(".asyncapi-analytics");
        Files.writeString(metricsConfig,
                "{\"analyticsEnabled\":\"false\",\"infoMessageShown\":\"true\",\"userID\":\"tiekartta-build\"}");
        return run(List.of(EXECUTABLE.toString(), "validate", file.toString(), "--fail-severity", "error",
                "--diagnostics-format", "stylish"), Map.of(
                "ASYNCAPI_METRICS_CONFIG_PATH", metricsConfig.toString(),
                "CI", "true",
                "SUPPRESS_NO_CONFIG_WARNING", "1"), file.getParent(), 3);
    }

    private static void install() throws IOException, InterruptedException {
        Outcome npm = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), Map.of(), TOOLS, 10);
        if (npm.exitCode() != 0 || !installed()) {
            throw new IllegalStateException("npm ci in " + TOOLS + " failed (exit " + npm.exitCode() + "):\n"
                    + npm.output());
        }
    }

    private static Outcome run(List<String> command, Map<String, String> environment, Path directory, int minutes)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("asyncapi-cli", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + minutes + " min:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** The checkout's root: the nearest folder upwards from the module that holds {@code deploy/tools/asyncapi}. */
    private static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isRegularFile(folder.resolve("deploy/tools/asyncapi/package.json"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("deploy/tools/asyncapi/package.json not found above "
                    + Path.of("").toAbsolutePath());
        }
        return folder;
    }
}
