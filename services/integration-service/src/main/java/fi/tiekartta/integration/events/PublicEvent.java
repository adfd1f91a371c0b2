package fi.tiekartta.integration.events;

import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.platform.messaging.EventAttributes;
import fi.tiekartta.platform.messaging.EventSchemas;
import fi.tiekartta.platform.messaging.InvalidEventException;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the public contract ({@link EventCatalog#PUBLIC}) as the integration service consumes it from a public
 * topic, checked like every consumer checks what it reads, with the keys integrations filter on (programme, region)
 * read out of its data. The event log keeps it, the stream and the webhooks send it on unchanged.
 *
 * @param id               the CloudEvents id: unique per event, kept by a redelivery
 * @param type             the CloudEvents type, one of {@link EventCatalog#PUBLIC}
 * @param source           the CloudEvents source (the producing service)
 * @param subject          the id of the aggregate the event is about
 * @param time             when the change happened
 * @param dataschema       where the data's schema is, as the producer named it (see {@link #withPublicDataschema})
 * @param aggregateVersion the aggregate's version after the change ({@code aggregateversion})
 * @param topic            the Kafka topic it came from
 * @param programmeId      the programme it concerns, or null (a government term concerns none)
 * @param programmeCode    that programme's code (e.g. {@code SHKO}), or null when none or not known to the producer
 * @param regionCode       the region (two-digit code, e.g. {@code 09}) a regional report concerns, or null; a reporting
 *                         round concerns several regions: see {@link #regionCodes()}
 * @param data             the event's data, valid against its type's schema
 */
public record PublicEvent(String id, String type, String source, String subject, Instant time, String dataschema,
        long aggregateVersion, String topic, String programmeId, String programmeCode, String regionCode, JsonNode data) {

    /** The content type of every event's data. */
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The CloudEvents version the events follow. */
    public static final String SPEC_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PublicEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /**
     * The public event a consumed record carries; empty when its type is not public (an internal type, such as a
     * roadmap import's acceptance, or a type this service does not know yet: integrations skip both).
     * <p>
     * The value may be a {@link CloudEvent} (what the platform's consumer deserializer gives) or the raw bytes or text
     * of a record in CloudEvents binary mode ({@code ce_*} headers, JSON data).
     *
     * @throws InvalidEventException when the event is of a public type but can never be passed on: no data, data that
     *                               is not JSON or violates its schema, or no {@code aggregateversion} (the
     *                               platform's consumer error handling dead-letters it)
     */
    public static Optional<PublicEvent> from(ConsumerRecord<?, ?> record) {
        return from(cloudEvent(record), record.topic());
    }

    /** As {@link #from(ConsumerRecord)}, for an event already read from {@code topic}. */
    public static Optional<PublicEvent> from(CloudEvent event, String topic) {
        if (!EventCatalog.isPublic(event.getType())) {
            return Optional.empty();
        }
        EventContract<?> contract = EventCatalog.byType(event.getType()).orElseThrow();
        JsonNode data = JSON.readTree(validData(event, contract));
        long version = EventAttributes.aggregateVersion(event);
        Facets facets = Facets.of(event.getType(), event.getSubject(), data);
        return Optional.of(new PublicEvent(event.getId(), event.getType(), event.getSource() == null ? null
                : event.getSource().toString(), event.getSubject(), event.getTime() == null ? null
                : event.getTime().toInstant(), event.getDataSchema() == null ? null : event.getDataSchema().toString(),
                version, topic, facets.programmeId(), facets.programmeCode(), facets.regionCode(), data));
    }

    /**
     * The regions the event concerns: the report's region, or every region a reporting round asks to answer; empty
     * for events of no region.
     */
    public List<String> regionCodes() {
        if (regionCode != null) {
            return List.of(regionCode);
        }
        return Facets.roundRegions(data);
    }

    /**
     * Whether the event passes a filter by programme code and region code (a null criterion lets everything pass). An
     * event that concerns no programme or no region passes no filter on it.
     */
    public boolean concerns(String programme, String region) {
        return (programme == null || programme.equals(programmeCode))
                && (region == null || regionCodes().contains(region));
    }

    /**
     * The same event with {@code dataschema} a URL under the deployment's public base URL (where the gateway serves
     * every schema without a token), unless the producer named such a URL already. Producers of older events named the
     * schema's URN, which resolves nowhere.
     *
     * @param publicBaseUrl e.g. {@code https://tiekartta.example.fi}, from {@code tiekartta.events.public-base-url}
     */
    public PublicEvent withPublicDataschema(String publicBaseUrl) {
        if (dataschema != null && dataschema.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            return this;
        }
        String path = EventCatalog.byType(type).map(EventContract::schemaPath).orElse(null);
        if (path == null) {
            return this;
        }
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return new PublicEvent(id, type, source, subject, time, base + path, aggregateVersion, topic, programmeId,
                programmeCode, regionCode, data);
    }

    /**
     * The event in the CloudEvents JSON format (structured mode): {@code specversion}, {@code id}, {@code source},
     * {@code type}, {@code subject}, {@code time}, {@code dataschema}, {@code datacontenttype}, the extension
     * {@code aggregateversion} and {@code data}, in that order; absent attributes are left out. Any JSON mapper writes it.
     */
    public Map<String, Object> structured() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", SPEC_VERSION);
        event.put("id", id);
        putIfPresent(event, "source", source);
        event.put("type", type);
        putIfPresent(event, "subject", subject);
        putIfPresent(event, "time", time == null ? null : time.toString());
        putIfPresent(event, "dataschema", dataschema);
        event.put("datacontenttype", DATA_CONTENT_TYPE);
        event.put(EventAttributes.AGGREGATE_VERSION, aggregateVersion);
        event.put("data", data);
        return event;
    }

    private static void putIfPresent(Map<String, Object> event, String name, Object value) {
        if (value != null) {
            event.put(name, value);
        }
    }

    private static CloudEvent cloudEvent(ConsumerRecord<?, ?> record) {
        Object value = record.value();
        if (value instanceof CloudEvent event) {
            return event;
        }
        byte[] bytes = value instanceof byte[] raw ? raw
                : value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
        if (bytes == null) {
            throw new InvalidEventException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " holds " + (value == null ? "no value" : "a " + value.getClass().getSimpleName())
                    + ", not a CloudEvent");
        }
        try {
            return KafkaMessageFactory.createReader(record.headers(), bytes).toEvent();
        } catch (RuntimeException notAnEvent) { // CloudEventRWException: no or unknown ce_specversion, missing attributes
            throw new InvalidEventException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent in binary mode: " + notAnEvent.getMessage());
        }
    }

    private static byte[] validData(CloudEvent event, EventContract<?> contract) {
        String described = "Event " + event.getId() + " (" + event.getType() + ", subject " + event.getSubject() + ")";
        CloudEventData data = event.getData();
        if (data == null) {
            throw new InvalidEventException(described + " has no data");
        }
        String contentType = event.getDataContentType();
        if (contentType != null) {
            String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!mediaType.equals(DATA_CONTENT_TYPE) && !mediaType.endsWith("+json")) {
                throw new InvalidEventException(described + " has data of type " + contentType + ", not application/json");
            }
        }
        byte[] bytes = data.toBytes();
        List<String> problems = EventSchemas.consumerProblems(contract, bytes);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(described + (problems.size() == 1 && problems.get(0).startsWith(EventSchemas.NOT_JSON)
                    ? " has data that is " + problems.get(0)
                    : " violates its schema " + contract.dataSchemaUri() + ": " + String.join("; ", problems)));
        }
        return bytes;
    }
}
