package fi.tiekartta.progress.rebuild.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * Spring Boot's database factory with one change: its default database is the active generation's, so every
 * {@code MongoTemplate} of the service reads and writes the active generation without knowing of generations. The
 * active generation is read from the control document in the service's own database when first needed, and
 * changed by {@link #activate} when a rebuild switches over.
 */
final class GenerationRoutingDatabaseFactory extends SimpleMongoClientDatabaseFactory {

    /** The control collection in the service's own database: one document, {@value #ACTIVE}. */
    static final String CONTROL = "read_model_generation";
    static final String ACTIVE = "active";

    private final MongoClient client;
    private final String base;
    private volatile Integer active;

    GenerationRoutingDatabaseFactory(MongoClient client, String base) {
        super(client, base);
        this.client = client;
        this.base = base;
    }

    @Override
    protected String getDefaultDatabaseName() {
        return databaseName(active());
    }

    MongoClient client() {
        return client;
    }

    String base() {
        return base;
    }

    String databaseName(int generation) {
        return generation == 0 ? base : base + "-g" + generation;
    }

    int active() {
        Integer known = active;
        if (known == null) {
            synchronized (this) {
                if (active == null) {
                    active = control().map(stored -> stored.get("generation", Number.class).intValue()).orElse(0);
                }
                known = active;
            }
        }
        return known;
    }

    java.util.Optional<Document> control() {
        return java.util.Optional.ofNullable(client.getDatabase(base).getCollection(CONTROL)
                .find(Filters.eq("_id", ACTIVE)).first());
    }

    void activate(int generation) {
        active = generation;
    }
}
