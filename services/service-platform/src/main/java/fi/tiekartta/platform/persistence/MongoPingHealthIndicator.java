package fi.tiekartta.platform.persistence;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by the {@code ping} command on the service's own database. Spring Boot's indicator
 * sends {@code hello}, which the embedded MongoDB-wire server (mongo-java-server) does not answer on
 * an application database; {@code ping} works on it and on real MongoDB alike.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}
