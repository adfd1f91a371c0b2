package fi.tiekartta.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static fi.tiekartta.platform.messaging.EventAttributes.AGGREGATE_VERSION;
import static fi.tiekartta.platform.outbox.OutboxCollection.PENDING_EVENTS;

/**
 * Publishes pending events from aggregate documents to Kafka, then removes them from the document.
 * <p>
 * Delivery is at least once: an event is removed only after Kafka acknowledged it, so a crash in
 * between publishes it again, and consumers de-duplicate (by event id or aggregate version). Events of
 * one aggregate are sent in the order they were recorded, keyed by aggregate id, and a failure stops
 * that aggregate's batch so none overtakes another.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final List<OutboxCollection> collections;
    private final URI source;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka,
            List<OutboxCollection> collections, String serviceName) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.source = URI.create("/tiekartta/" + serviceName);
    }

    @Scheduled(fixedDelayString = "${tiekartta.outbox.poll-interval}")
    public void publishPending() {
        for (OutboxCollection collection : collections) {
            publishPending(collection);
        }
    }

    /** Publishes one batch from a collection; answers how many events went out. */
    public int publishPending(OutboxCollection collection) {
        Query withPending = new Query(Criteria.where(PENDING_EVENTS + ".0").exists(true)).limit(BATCH);
        withPending.fields().include(PENDING_EVENTS);
        int published = 0;
        for (Document aggregate : mongo.find(withPending, Document.class, collection.name())) {
            published += publishEventsOf(aggregate, collection);
        }
        return published;
    }

    private int publishEventsOf(Document aggregate, OutboxCollection collection) {
        List<Document> pending = aggregate.getList(PENDING_EVENTS, Document.class);
        int published = 0;
        for (Document stored : pending) {
            OutboxEvent event = mongo.getConverter().read(OutboxEvent.class, stored);
            try {
                kafka.send(new ProducerRecord<>(event.topic(), event.subject(), toCloudEvent(event)))
                        .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Could not publish event {} ({}); will retry: {}", event.eventId(), event.type(), e.toString());
                return published;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return published;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                    new Update().pull(PENDING_EVENTS, new Document("eventId", event.eventId())), collection.name());
            published++;
        }
        return published;
    }

    CloudEvent toCloudEvent(OutboxEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(event.dataSchema()))
                .withExtension(AGGREGATE_VERSION, event.aggregateVersion())
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
