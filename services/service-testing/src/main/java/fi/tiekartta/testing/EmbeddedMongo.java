package fi.tiekartta.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * One in-memory MongoDB-wire server (mongo-java-server, H2 backend: the same engine as the local
 * stack) per test JVM, started on first use on a free port. Services use their own databases on it.
 */
public final class EmbeddedMongo {

    private static MongoServer server;
    private static String connectionString;

    private EmbeddedMongo() {
    }

    public static synchronized String connectionString() {
        if (server == null) {
            server = new MongoServer(H2Backend.inMemory());
            connectionString = server.bindAndGetConnectionString();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-shutdown"));
        }
        return connectionString;
    }
}
