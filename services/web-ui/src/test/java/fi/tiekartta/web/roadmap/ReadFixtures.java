package fi.tiekartta.web.roadmap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The views' answers captured from the dev stack (src/test/resources/read/, trimmed: only SHKO, a few rows of the
 * illustrative scale data), as the mocked {@code ProgressApi} returns them; and a way to look into one part of a page.
 */
public final class ReadFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReadFixtures() {
    }

    public static Map<String, Object> json(String name) {
        try (InputStream in = ReadFixtures.class.getResourceAsStream("/read/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part of the page from the first {@code start} to the next {@code end} after it. */
    public static String part(String html, String start, String end) {
        int from = html.indexOf(start);
        if (from < 0) {
            throw new AssertionError("Not on the page: " + start);
        }
        int to = html.indexOf(end, from + start.length());
        return html.substring(from, to < 0 ? html.length() : to + end.length());
    }
}
