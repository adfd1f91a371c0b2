package fi.tiekartta.contracts.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tiekartta.contracts.EventContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The copies of the public schemas as last released ({@code src/test/resources/released/<version>/<type>.schema.json},
 * one folder per release, written by the release: docs/event-versioning.md), and the check of the current catalogue
 * against them: every released type is still public, and its current schema changes nothing incompatibly
 * ({@link SchemaCompatibility}). A type added since the release is not checked until the next release copies it.
 */
public final class ReleasedSchemas {

    /** Relative to the module: where Maven runs the tests. */
    public static final Path RELEASES = Path.of("src/test/resources/released");
    private static final String SUFFIX = ".schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleasedSchemas() {
    }

    /** The newest release folder under {@code releases}, by version number ({@code 1.10} after {@code 1.9}). */
    public static Path latest(Path releases) {
        try (Stream<Path> folders = Files.list(releases)) {
            return folders.filter(Files::isDirectory)
                    .max(Comparator.comparing(folder -> version(folder.getFileName().toString()),
                            ReleasedSchemas::compareVersions))
                    .orElseThrow(() -> new IllegalStateException("No released schemas under " + releases));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The released types of {@code release}, by their file names. */
    public static List<String> types(Path release) {
        try (Stream<Path> files = Files.list(release)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What breaks the contract of released {@code type} in {@code catalogue} (the public types as they are now):
     * the type gone from it, or its schema's incompatible changes; empty when nothing does.
     */
    public static List<String> breakingChanges(Path release, String type, List<EventContract<?>> catalogue) {
        Optional<EventContract<?>> contract = catalogue.stream().filter(c -> c.type().equals(type)).findFirst();
        if (contract.isEmpty()) {
            return List.of(type + ": released type gone from the public catalogue (a replaced type stays, deprecated:"
                    + " its events stay on the topic)");
        }
        List<String> problems = new ArrayList<>();
        for (String change : SchemaCompatibility.breakingChanges(released(release, type), current(contract.get()))) {
            problems.add(type + " " + change);
        }
        return problems;
    }

    public static JsonNode released(Path release, String type) {
        try {
            return JSON.readTree(release.resolve(type + SUFFIX).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode current(EventContract<?> contract) {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema for " + contract.type() + " at " + contract.schemaResource());
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] version(String name) {
        try {
            return Arrays.stream(name.split("\\.")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalStateException("A release folder is named by its version, e.g. 1.0: " + name, e);
        }
    }

    private static int compareVersions(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
