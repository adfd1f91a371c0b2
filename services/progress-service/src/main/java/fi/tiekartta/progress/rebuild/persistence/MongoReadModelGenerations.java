package fi.tiekartta.progress.rebuild.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReplaceOptions;
import fi.tiekartta.progress.rebuild.ReadModelGenerations;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generations as MongoDatabases on the service's client: {@code <database>} is generation 0, {@code
 * <database>-g<N>} generation N; the control document {@code read_model_generation/active} in {@code <database>}
 * names the active one and the previous one ({@code {generation, previous, switchedAt}}).
 */
class MongoReadModelGenerations implements ReadModelGenerations {

    private static final Logger log = LoggerFactory.getLogger(MongoReadModelGenerations.class);

    private final GenerationRoutingDatabaseFactory factory;
    private final MongoClient client;

    MongoReadModelGenerations(GenerationRoutingDatabaseFactory factory) {
        this.factory = factory;
        this.client = factory.client();
    }

    @Override
    public int active() {
        return factory.active();
    }

    @Override
    public int previous() {
        return factory.control().map(stored -> stored.get("previous", Number.class))
                .map(Number::intValue).orElse(-1);
    }

    @Override
    public String databaseName(int generation) {
        return factory.databaseName(generation);
    }

    @Override
    public void clear(int generation) {
        if (generation == 0) {
            throw new IllegalArgumentException("Generation 0 is the service's own database; it is never rebuilt");
        }
        client.getDatabase(databaseName(generation)).drop();
    }

    @Override
    public void copyIndexes(int generation) {
        MongoDatabase from = client.getDatabase(databaseName(active()));
        MongoDatabase to = client.getDatabase(databaseName(generation));
        for (String collection : from.listCollectionNames()) {
            if (collection.equals(GenerationRoutingDatabaseFactory.CONTROL) || collection.startsWith("system.")) {
                continue;
            }
            MongoCollection<Document> target = to.getCollection(collection);
            Set<String> present = new HashSet<>();
            target.listIndexes().forEach(index -> present.add(index.getString("name")));
            for (Document index : from.getCollection(collection).listIndexes()) {
                String name = index.getString("name");
                if (name == null || name.equals("_id_") || present.contains(name)) {
                    continue;
                }
                IndexOptions options = new IndexOptions().name(name)
                        .unique(Boolean.TRUE.equals(index.getBoolean("unique")))
                        .sparse(Boolean.TRUE.equals(index.getBoolean("sparse")));
                target.createIndex(index.get("key", Document.class), options);
                log.debug("Index {} of {} created in generation {}", name, collection, generation);
            }
        }
    }

    @Override
    public void activate(int generation) {
        int before = active();
        client.getDatabase(factory.base()).getCollection(GenerationRoutingDatabaseFactory.CONTROL).replaceOne(
                Filters.eq("_id", GenerationRoutingDatabaseFactory.ACTIVE),
                new Document("_id", GenerationRoutingDatabaseFactory.ACTIVE).append("generation", generation)
                        .append("previous", before).append("switchedAt", Date.from(Instant.now())),
                new ReplaceOptions().upsert(true));
        factory.activate(generation);
        log.info("Read model generation {} ({}) is active; generation {} is kept for a rollback", generation,
                databaseName(generation), before);
    }

    @Override
    public void dropOlderGenerations() {
        Set<Integer> kept = Set.of(active(), previous());
        Pattern generationName = Pattern.compile(Pattern.quote(factory.base()) + "-g(\\d+)");
        List<String> dropped = new ArrayList<>();
        for (String name : client.listDatabaseNames()) {
            Matcher matcher = generationName.matcher(name);
            if (matcher.matches() && !kept.contains(Integer.parseInt(matcher.group(1)))) {
                client.getDatabase(name).drop();
                dropped.add(name);
            }
        }
        if (!kept.contains(0)) { // generation 0 shares its database with the control document
            MongoDatabase base = client.getDatabase(factory.base());
            for (String collection : base.listCollectionNames()) {
                if (!collection.equals(GenerationRoutingDatabaseFactory.CONTROL) && !collection.startsWith("system.")) {
                    base.getCollection(collection).drop();
                    dropped.add(factory.base() + "." + collection);
                }
            }
        }
        if (!dropped.isEmpty()) {
            log.info("Dropped read model generations no longer kept: {}", dropped);
        }
    }
}
