package fi.tiekartta.systemtests.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The declarative matrix: {@code src/test/resources/matrix/endpoints.txt}, read in its order. */
final class AuthorizationMatrix {

    static final String RESOURCE = "/matrix/endpoints.txt";

    private AuthorizationMatrix() {
    }

    static List<Endpoint> endpoints() {
        return text(RESOURCE).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(Endpoint::parse)
                .toList();
    }

    static String text(String resource) {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
