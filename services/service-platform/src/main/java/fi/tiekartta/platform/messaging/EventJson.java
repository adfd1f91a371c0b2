package fi.tiekartta.platform.messaging;

import fi.tiekartta.contracts.EventContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Objects;

/**
 * The one JSON mapping of event data, kept apart from the web's mapper on purpose: events are a
 * published contract and must not change shape when someone tunes the REST API. Readers are tolerant
 * (unknown fields are ignored) so a producer can add optional fields without breaking consumers.
 */
public class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object data) {
        return mapper.writeValueAsString(data);
    }

    /** The data of a consumed event as the record of its contract. */
    public <T> T read(CloudEvent event, EventContract<T> contract) {
        if (!contract.type().equals(event.getType())) {
            throw new IllegalArgumentException("Event " + event.getId() + " is a " + event.getType() + ", not a " + contract.type());
        }
        CloudEventData data = Objects.requireNonNull(event.getData(), () -> "Event " + event.getId() + " has no data");
        return mapper.readValue(data.toBytes(), contract.dataClass());
    }
}
