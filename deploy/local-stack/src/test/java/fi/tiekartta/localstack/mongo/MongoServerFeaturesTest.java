package fi.tiekartta.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features the services lean on (unique indexes, findAndModify), through the durable backend on a file. */
class MongoServerFeaturesTest {

    @TempDir
    Path dataDir;

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        MVStore store = new MVStore.Builder().fileName(dataDir.resolve("features.mv").toString()).open();
        server = new MongoServer(new DurableH2Backend(store));
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void uniqueIndexRejectsADuplicate() {
        MongoCollection<Document> programmes = client.getDatabase("tiekartta").getCollection("programmes");
        programmes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        programmes.insertOne(new Document("code", "SHKO"));

        assertThatThrownBy(() -> programmes.insertOne(new Document("code", "SHKO")))
                .isInstanceOfSatisfying(MongoWriteException.class, e ->
                        assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThat(programmes.countDocuments()).isEqualTo(1);
    }

    @Test
    void findAndModifyUpsertsAndReturnsTheNewDocument() {
        MongoCollection<Document> counters = client.getDatabase("tiekartta").getCollection("counters");
        FindOneAndUpdateOptions upsertReturningAfter =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

        Document first = counters.findOneAndUpdate(
                new Document("_id", "programme"), Updates.inc("value", 1), upsertReturningAfter);
        Document second = counters.findOneAndUpdate(
                new Document("_id", "programme"), Updates.inc("value", 1), upsertReturningAfter);

        assertThat(first).containsEntry("value", 1);
        assertThat(second).containsEntry("value", 2);
    }
}
