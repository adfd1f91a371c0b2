package fi.tiekartta.platform.outbox;

import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.messaging.PublicEventsProperties;
import fi.tiekartta.platform.tracing.CurrentCorrelation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The outbox as an aggregate store sees it: turns a domain event's data into an {@link OutboxEvent} ready to be
 * stored with its aggregate, and tells the relay when an aggregate document has been written, so that the relay
 * publishes right after the write instead of at its next poll.
 * <p>
 * It is one bean per service, shared by every store and the relay: that is how they find each other without the
 * stores' constructors knowing the relay. A store also registers here the {@link RelayStep} the relay does on its
 * documents (moving revisions to the history).
 * <p>
 * An event is recorded with the correlation of the work that caused it (the request's {@code traceparent} and request
 * id, {@link CurrentCorrelation}): the relay publishes it later from its own thread, where neither is current. Its
 * {@code dataschema} is the URL this deployment serves the type's schema at ({@link PublicEventsProperties}), fixed
 * when the event is recorded like the rest of the envelope.
 */
public class OutboxEvents {

    private final EventJson eventJson;
    private final CurrentCorrelation correlation;
    private final PublicEventsProperties publicEvents;
    private final List<BiConsumer<String, String>> writeListeners = new CopyOnWriteArrayList<>();
    private final Map<String, RelayStep> steps = new ConcurrentHashMap<>();

    /** Outside any traced work, with the local stack's schema URLs: for tests of stores and the relay. */
    public OutboxEvents(EventJson eventJson) {
        this(eventJson, CurrentCorrelation.none(), PublicEventsProperties.LOCAL);
    }

    public OutboxEvents(EventJson eventJson, CurrentCorrelation correlation, PublicEventsProperties publicEvents) {
        this.eventJson = eventJson;
        this.correlation = correlation;
        this.publicEvents = publicEvents;
    }

    public <T> OutboxEvent create(EventContract<T> contract, String aggregateId, long aggregateVersion, Instant time, T data) {
        // Only a catalogued type may leave a service: the AsyncAPI document, the schemas the gateway serves and the
        // compatibility check all come from the catalogue, so a type defined anywhere else would be published without
        // a contract. Every producer's tests pass through here, so none of them can emit an undescribed type.
        if (!EventCatalog.ALL.contains(contract)) {
            throw new IllegalArgumentException(contract.type() + " is not in EventCatalog: an event type must be "
                    + "published in the contract (event-contracts) before a service may send it");
        }
        return new OutboxEvent(
                UUID.randomUUID().toString(),
                contract.type(),
                contract.topic(),
                aggregateId,
                aggregateVersion,
                // MongoDB stores milliseconds: truncate now so the stored and published times agree
                time.truncatedTo(ChronoUnit.MILLIS),
                publicEvents.dataSchemaOf(contract),
                eventJson.write(data),
                correlation.traceparent(),
                correlation.requestId());
    }

    /**
     * Called by a store after a write of an aggregate document in {@code collection} succeeded: whatever it
     * left for the relay (events, a revision) is now safely stored.
     */
    public void written(String collection, String aggregateId) {
        for (BiConsumer<String, String> listener : writeListeners) {
            listener.accept(collection, aggregateId);
        }
    }

    /** The relay listens here for {@link #written} (collection, aggregate id). */
    public void onWritten(BiConsumer<String, String> listener) {
        writeListeners.add(listener);
    }

    public void removeWriteListener(BiConsumer<String, String> listener) {
        writeListeners.remove(listener);
    }

    /** What the relay does, besides publishing, on the documents of {@code collection}; the last registration wins. */
    public void register(String collection, RelayStep step) {
        steps.put(collection, step);
    }

    /** The collections whose stores registered here: each aggregate collection of the service. */
    public Set<String> registeredCollections() {
        return Set.copyOf(steps.keySet());
    }

    public Optional<RelayStep> stepFor(String collection) {
        return Optional.ofNullable(steps.get(collection));
    }
}
