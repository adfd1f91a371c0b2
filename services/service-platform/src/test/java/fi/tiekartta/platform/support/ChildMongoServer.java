package fi.tiekartta.platform.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * mongo-java-server on an H2 file, as the local stack runs it, in a child JVM with a heap as small as a test wants:
 * a test can then show that what it does fits, and that the server is still alive afterwards. Once a second the child
 * collects its garbage and prints the heap it still holds.
 */
public final class ChildMongoServer implements AutoCloseable {

    private static final String READY = "Mongo server ready on ";
    private static final String HEAP = "heap after GC (MB): ";

    private final Process process;
    private final Path log;

    private ChildMongoServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a server with its data in {@code directory} and at most {@code maxHeap} (e.g. "96m") of heap. */
    public static ChildMongoServer start(Path directory, String maxHeap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = directory.resolve("mongo-server.log");
        Process process = new ProcessBuilder(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), ChildMongoServer.class.getName(),
                directory.resolve("mongo.mv").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ChildMongoServer server = new ChildMongoServer(process, log);
        await("Mongo server ready line in " + log).atMost(Duration.ofSeconds(60))
                .failFast("Mongo server exited", () -> !process.isAlive())
                .until(() -> server.line(READY).isPresent());
        return server;
    }

    public String connectionString() {
        return line(READY).orElseThrow().substring(READY.length());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The most heap, in MB, the server had in use after a garbage collection so far. */
    public long peakHeapAfterGcMegabytes() {
        return output().stream().filter(line -> line.startsWith(HEAP))
                .mapToLong(line -> Long.parseLong(line.substring(HEAP.length()).trim())).max().orElse(0);
    }

    public List<String> output() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> line(String prefix) {
        return output().stream().filter(line -> line.startsWith(prefix)).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** The child: {@code ChildMongoServer <data file>}. */
    public static void main(String[] args) throws InterruptedException {
        MVStore store = new MVStore.Builder().fileName(args[0]).open();
        MongoServer server = new MongoServer(new H2Backend(store));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        System.out.println(READY + "mongodb://" + address.getHostString() + ":" + address.getPort());
        Runtime runtime = Runtime.getRuntime();
        while (true) {
            Thread.sleep(1_000);
            // A full collection once a second, so that what is printed is what the server holds, not its garbage.
            System.gc();
            System.out.println(HEAP + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        }
    }
}
