package fi.tiekartta.contracts.asyncapi;

import fi.tiekartta.contracts.EventContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The one-line meaning of each public event type ({@code event-summaries.properties} beside this class), the
 * {@code summary} of its message in the AsyncAPI document. The longer description and the title come from the
 * type's schema, so the catalogue, the schemas and these lines are the document's only sources.
 */
final class EventSummaries {

    private static final Properties SUMMARIES = load();

    private EventSummaries() {
    }

    static String of(EventContract<?> contract) {
        String summary = SUMMARIES.getProperty(contract.type());
        if (summary == null || summary.isBlank()) {
            throw new IllegalStateException("No summary for " + contract.type() + " in event-summaries.properties");
        }
        return summary.strip();
    }

    /** Every type that has a summary (a test checks these are exactly the public types). */
    static Set<String> types() {
        return SUMMARIES.stringPropertyNames();
    }

    private static Properties load() {
        try (InputStream in = EventSummaries.class.getResourceAsStream("event-summaries.properties")) {
            if (in == null) {
                throw new IllegalStateException("event-summaries.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
