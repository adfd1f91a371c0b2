package fi.tiekartta.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.tiekartta.contracts.EventContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates an event's JSON data against the schema its contract publishes, with format assertions on
 * (so a malformed {@code date-time} fails). Used by producer tests: every emitted event must validate,
 * unknown properties included. (Consumers check what they receive with the platform's {@code EventSchemas},
 * the same schemas and settings, except that as tolerant readers they ignore unknown properties.)
 */
public final class EventSchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemaValidator() {
    }

    /** Problems found, empty when {@code json} is valid data for {@code contract}. */
    public static List<String> problems(EventContract<?> contract, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(contract.type(), type -> load(contract));
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).toList();
    }

    public static void assertValid(EventContract<?> contract, String json) {
        List<String> problems = problems(contract, json);
        if (!problems.isEmpty()) {
            throw new AssertionError("Event data of " + contract.type() + " violates its schema: " + problems + "\n" + json);
        }
    }

    private static JsonSchema load(EventContract<?> contract) {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            if (in == null) {
                throw new AssertionError("No schema on the classpath for " + contract.type() + " at " + contract.schemaResource());
            }
            return FACTORY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
