package fi.tiekartta.gateway.eventcontract;

import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.asyncapi.AsyncApiDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code /events/**} answers, as bytes made once: the document in both forms, its page and stylesheet, and the
 * public types' schema files exactly as published (the classpath resources of {@code event-contracts}). Only the
 * public types' schemas are served: an internal type's schema is not part of the contract.
 */
final class PublishedEventContract {

    static final String SCHEMA_SUFFIX = ".schema.json";

    private final byte[] json;
    private final byte[] yaml;
    private final byte[] page;
    private final byte[] stylesheet;
    private final Map<String, byte[]> schemas;

    private PublishedEventContract(byte[] json, byte[] yaml, byte[] page, byte[] stylesheet, Map<String, byte[]> schemas) {
        this.json = json;
        this.yaml = yaml;
        this.page = page;
        this.stylesheet = stylesheet;
        this.schemas = schemas;
    }

    static PublishedEventContract load() {
        AsyncApiDocument document = AsyncApiDocument.generate();
        Map<String, byte[]> schemas = new LinkedHashMap<>();
        for (EventContract<?> contract : EventCatalog.PUBLIC) {
            schemas.put(contract.type() + SCHEMA_SUFFIX, resource(EventContract.class, contract.schemaResource()));
        }
        return new PublishedEventContract(
                document.json().getBytes(StandardCharsets.UTF_8),
                document.yaml().getBytes(StandardCharsets.UTF_8),
                EventContractPage.render(document.tree()).getBytes(StandardCharsets.UTF_8),
                resource(PublishedEventContract.class, "asyncapi.css"),
                Map.copyOf(schemas));
    }

    byte[] json() {
        return json.clone();
    }

    byte[] yaml() {
        return yaml.clone();
    }

    byte[] page() {
        return page.clone();
    }

    byte[] stylesheet() {
        return stylesheet.clone();
    }

    /** The schema file named {@code <type>.schema.json}, for a public type only. */
    Optional<byte[]> schema(String fileName) {
        return Optional.ofNullable(schemas.get(fileName)).map(byte[]::clone);
    }

    private static byte[] resource(Class<?> base, String name) {
        try (InputStream in = base.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
