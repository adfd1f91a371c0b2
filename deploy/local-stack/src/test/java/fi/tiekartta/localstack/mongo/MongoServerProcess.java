package fi.tiekartta.localstack.mongo;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@link MongoServerMain} in a child JVM, so a test can kill it the hard way: {@code destroyForcibly()} is a
 * SIGKILL, which no shutdown hook and no background commit can soften.
 *
 * <p>The child writes to a log file, not a pipe: {@link Process#destroy()} closes the parent's end of the pipe,
 * so whatever the child prints while shutting down would be lost.
 */
final class MongoServerProcess implements AutoCloseable {

    private static final String READY = "Mongo server ready on ";

    private final Process process;
    private final Path log;

    private MongoServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the server on a free port (port 0) with its data in {@code file}, and waits until it is ready. */
    static MongoServerProcess start(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile(file.getParent().getParent(), "mongo-server", ".log");
        Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                MongoServerMain.class.getName(), "--port=0", "--file=" + file)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        MongoServerProcess server = new MongoServerProcess(process, log);
        await("Mongo server ready line in " + log).atMost(Duration.ofSeconds(60))
                .failFast("Mongo server exited", () -> !process.isAlive())
                .until(() -> server.readyLine().isPresent());
        return server;
    }

    String connectionString() {
        return readyLine().orElseThrow().substring(READY.length()).split(" ")[0];
    }

    List<String> output() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; true if the process exited within the timeout. */
    boolean terminate() throws InterruptedException {
        process.destroy();
        return process.waitFor(30, TimeUnit.SECONDS);
    }

    private Optional<String> readyLine() {
        return output().stream().filter(line -> line.startsWith(READY)).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
