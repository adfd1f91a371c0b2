package fi.tiekartta.testing;

import fi.tiekartta.contracts.EventContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * CloudEvents as another context's producer sends them, for consumer tests. The data must validate
 * against the contract's schema, so a consumer is never tested with events no producer could send.
 */
public final class TestEvents {

    /**
     * The public base URL the services' integration tests run with ({@link ServiceIntegrationTest} sets
     * {@code tiekartta.events.public-base-url} to it, whatever {@code PUBLIC_BASE_URL} says): the local stack's
     * gateway. An event's {@code dataschema} is this plus the contract's schema path ({@link #dataSchemaOf}).
     */
    public static final String PUBLIC_BASE_URL = "http://localhost:8080";

    private TestEvents() {
    }

    public static CloudEvent of(EventContract<?> contract, String aggregateId, long aggregateVersion, Instant time, String json) {
        EventSchemaValidator.assertValid(contract, json);
        return unchecked(contract, aggregateId, aggregateVersion, time, json);
    }

    /**
     * An event of {@code contract}'s type with whatever data is given, not checked against the schema: only for
     * tests of what a consumer does with poison (it must never apply it, and it dead-letters it).
     */
    public static CloudEvent unchecked(EventContract<?> contract, String aggregateId, long aggregateVersion, Instant time,
            String data) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/tiekartta/test-producer"))
                .withType(contract.type())
                .withSubject(aggregateId)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(dataSchemaOf(contract)))
                .withExtension("aggregateversion", aggregateVersion)
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The {@code dataschema} a Tiekartta producer in a test sends for {@code contract}: where the gateway serves it. */
    public static String dataSchemaOf(EventContract<?> contract) {
        return PUBLIC_BASE_URL + contract.schemaPath();
    }
}
