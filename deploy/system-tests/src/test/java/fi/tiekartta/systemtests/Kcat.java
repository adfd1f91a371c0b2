package fi.tiekartta.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** kcat, if installed: proof that a plain non-Java client reads the events (.ci/run installs it). */
final class Kcat {

    private Kcat() {
    }

    static Optional<Path> executable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kcat"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Everything in the topic now, one {@code key headers} line per record. */
    static String keysAndHeaders(Path kcat, String bootstrapServers, String topic) {
        try {
            // To a file, not a pipe: a kcat that cannot reach the broker retries forever, and is then killed.
            Path output = Files.createTempFile("kcat", ".out");
            Process process = new ProcessBuilder(kcat.toString(), "-b", bootstrapServers, "-C", "-t", topic,
                    "-o", "beginning", "-e", "-q", "-f", "%k %h\\n")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            String lines = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
