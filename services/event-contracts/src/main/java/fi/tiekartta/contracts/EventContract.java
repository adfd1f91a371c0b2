package fi.tiekartta.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published event type: its CloudEvents {@code type} attribute, the topic it is published on and
 * the Java record its JSON data maps to. The type name is the contract, the record only its Java view.
 *
 * @param type      stable, versioned CloudEvents type, e.g. {@code fi.tiekartta.programme.created.v1}
 * @param topic     the Kafka topic (see {@link Topics})
 * @param dataClass the record the event's JSON data binds to
 */
public record EventContract<T>(String type, String topic, Class<T> dataClass) {

    private static final Pattern TYPE_NAME = Pattern.compile("fi\\.tiekartta(\\.[a-z][a-z-]*)+\\.v[1-9][0-9]*");

    public EventContract {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(dataClass, "dataClass");
        if (!TYPE_NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("Event type must look like fi.tiekartta.<context>.<event>.v<N>: " + type);
        }
    }

    /** Classpath location of the JSON Schema (draft 2020-12) that this type's data must validate against. */
    public String schemaResource() {
        return "/fi/tiekartta/contracts/schemas/" + type + ".schema.json";
    }

    /** The {@code $id} of this type's JSON Schema: a stable URN naming the schema wherever it is served. */
    public String dataSchemaUri() {
        return "urn:tiekartta:schema:" + type;
    }

    /**
     * Where the gateway serves this type's schema without a token, relative to the public base URL of a deployment
     * (e.g. {@code http://localhost:8080}). The {@code dataschema} attribute of an event is that base plus this path.
     */
    public String schemaPath() {
        return "/events/schemas/" + type + ".schema.json";
    }
}
