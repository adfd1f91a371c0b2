package fi.tiekartta.localstack.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server, made durable per acknowledged write.
 *
 * <p>MVStore normally commits in a background thread about once a second, so a write that the client already
 * saw acknowledged could vanish if the process is killed. Every write reaches the backend through
 * {@link #handleCommand} (OP_MSG and legacy commands alike; {@code handleMessage} delegates to it), and the reply
 * is only sent after it returns, so committing here, before returning, means: acknowledged implies on disk.
 *
 * <p>{@link MVStore#commit()} waits for the chunk to be written to the file (not fsync'ed): this survives a crash
 * or {@code kill -9} of this process, not a power loss of the machine. Good enough for a local stack.
 */
class DurableH2Backend extends H2Backend {

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // Also after a failed command: a partly applied insertMany is partly applied in MongoDB too.
            // Reads leave no unsaved changes, so they cost one volatile check here.
            commitIfChanged();
        }
    }

    private void commitIfChanged() {
        MVStore store = getMvStore();
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}
