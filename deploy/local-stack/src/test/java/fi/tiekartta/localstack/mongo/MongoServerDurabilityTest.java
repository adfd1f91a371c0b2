package fi.tiekartta.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise the launcher relies on: what the server acknowledged is still there after the process was killed
 * without any chance to clean up, indexes included.
 */
class MongoServerDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedWritesAndIndexesSurviveKillMinus9() throws Exception {
        Path file = dataDir.resolve("mongo/tiekartta.mv");

        try (MongoServerProcess server = MongoServerProcess.start(file)) {
            try (MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> programmes = programmes(client);
                programmes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
                programmes.insertOne(new Document("code", "SHKO").append("level", "NATIONAL"));
            }
            // Killed right after the acknowledgement: well within MVStore's one-second background commit.
            server.kill();
        }

        try (MongoServerProcess server = MongoServerProcess.start(file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> programmes = programmes(client);
            assertThat(programmes.find(new Document("code", "SHKO")).first())
                    .isNotNull()
                    .containsEntry("level", "NATIONAL");
            assertThatThrownBy(() -> programmes.insertOne(new Document("code", "SHKO")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e ->
                            assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void sigtermStopsTheServerThroughItsShutdownHook() throws Exception {
        try (MongoServerProcess server = MongoServerProcess.start(dataDir.resolve("mongo/tiekartta.mv"))) {
            assertThat(server.terminate()).as("exited within 30 s of SIGTERM").isTrue();
            assertThat(server.output()).contains("Mongo server stopped");
        }
    }

    private static MongoCollection<Document> programmes(MongoClient client) {
        return client.getDatabase("tiekartta").getCollection("programmes")
                .withWriteConcern(WriteConcern.ACKNOWLEDGED);
    }
}
