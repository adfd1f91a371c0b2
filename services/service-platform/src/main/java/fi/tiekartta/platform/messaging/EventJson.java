package fi.tiekartta.platform.messaging;

import fi.tiekartta.contracts.EventContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The one JSON mapping of event data, kept apart from the web's mapper on purpose: events are a
 * published contract and must not change shape when someone tunes the REST API. Readers are tolerant
 * (unknown fields are ignored) so a producer can add optional fields without breaking consumers.
 * <p>
 * Reading a consumed event checks it first: data that is missing, not JSON, or not valid against the type's
 * published schema ({@link EventSchemas}) is never mapped, and {@link InvalidEventException} says why.
 */
public class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object data) {
        return mapper.writeValueAsString(data);
    }

    /**
     * The data of a consumed event as the record of its contract, once it is known to be valid.
     *
     * @throws InvalidEventException when the event has no data, its data is not JSON, or the data violates the
     *                               schema of {@code contract}: the event can never be applied
     */
    public <T> T read(CloudEvent event, EventContract<T> contract) {
        if (!contract.type().equals(event.getType())) {
            throw new IllegalArgumentException("Event " + event.getId() + " is a " + event.getType() + ", not a " + contract.type());
        }
        byte[] data = validData(event, contract);
        try {
            return mapper.readValue(data, contract.dataClass());
        } catch (JacksonException e) {
            // The schema allowed what the record cannot hold: as unreadable as invalid data.
            throw new InvalidEventException(describe(event) + " cannot be read as " + contract.dataClass().getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }

    private static byte[] validData(CloudEvent event, EventContract<?> contract) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new InvalidEventException(describe(event) + " has no data");
        }
        String contentType = event.getDataContentType();
        if (contentType != null && !isJson(contentType)) {
            throw new InvalidEventException(describe(event) + " has data of type " + contentType + ", not application/json");
        }
        byte[] bytes = data.toBytes();
        List<String> problems = EventSchemas.consumerProblems(contract, bytes);
        if (problems.size() == 1 && problems.get(0).startsWith(EventSchemas.NOT_JSON)) {
            throw new InvalidEventException(describe(event) + " has data that is " + problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException(describe(event) + " violates its schema " + schemaOf(event, contract) + ": "
                    + String.join("; ", problems));
        }
        return bytes;
    }

    /**
     * The schema checked: its {@code $id}, and the URL the event names as its {@code dataschema} where the schema
     * can be fetched, so that whoever reads a dead-lettered record finds it. The check itself never follows that
     * URL: a consumer validates by type, against the schema it was built with.
     */
    private static String schemaOf(CloudEvent event, EventContract<?> contract) {
        URI dataSchema = event.getDataSchema();
        if (dataSchema == null || dataSchema.toString().equals(contract.dataSchemaUri())) {
            return contract.dataSchemaUri();
        }
        return contract.dataSchemaUri() + " (dataschema " + dataSchema + ")";
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String describe(CloudEvent event) {
        return "Event " + event.getId() + " (" + event.getType() + ", subject " + event.getSubject() + ")";
    }
}
