package fi.tiekartta.localstack.mongo;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB-wire server backed by one MVStore file, run as its own process by the local launcher: the stand-in
 * for MongoDB on a machine without Docker. Data survives restarts and a {@code kill -9} (see
 * {@link DurableH2Backend}); SIGTERM closes the store cleanly through a shutdown hook.
 *
 * <p>Prints one line {@code Mongo server ready on mongodb://host:port} once it accepts connections (port 0 picks
 * a free port, which the line then names), and {@code Mongo server stopped} after a clean shutdown.
 */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        MongoServerSettings settings = MongoServerSettings.from(args, System.getenv());
        Files.createDirectories(settings.file().getParent());

        // MVStore locks the file: a second server on the same data fails here instead of corrupting it.
        MVStore store = new MVStore.Builder().fileName(settings.file().toString()).open();
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        server.bind(settings.host(), settings.port());
        InetSocketAddress address = server.getLocalAddress();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Closes client connections, then the backend, which commits and closes the MVStore.
            server.shutdownNow();
            System.out.println("Mongo server stopped");
            stopped.countDown();
        }, "mongo-server-shutdown"));

        System.out.println("Mongo server ready on mongodb://" + address.getHostString() + ":" + address.getPort()
                + " (data in " + settings.file() + ")");
        stopped.await();
    }
}
