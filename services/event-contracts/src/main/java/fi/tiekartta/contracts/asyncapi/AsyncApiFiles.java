package fi.tiekartta.contracts.asyncapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the document as {@code asyncapi.json} and {@code asyncapi.yaml} into a folder: the build does it into
 * {@code services/event-contracts/target/asyncapi} (the test that then validates them), and anyone may run it
 * ({@code java -cp ... fi.tiekartta.contracts.asyncapi.AsyncApiFiles <folder>}).
 */
public final class AsyncApiFiles {

    public static final String JSON_FILE = "asyncapi.json";
    public static final String YAML_FILE = "asyncapi.yaml";

    private AsyncApiFiles() {
    }

    /** Writes both files of {@code document} into {@code folder} (made if missing); answers their paths. */
    public static List<Path> write(AsyncApiDocument document, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = Files.writeString(folder.resolve(JSON_FILE), document.json(), StandardCharsets.UTF_8);
        Path yaml = Files.writeString(folder.resolve(YAML_FILE), document.yaml(), StandardCharsets.UTF_8);
        return List.of(json, yaml);
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/asyncapi");
        write(AsyncApiDocument.generate(), folder).forEach(System.out::println);
    }
}
