package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The build's copy of the AsyncAPI document: written to {@code target/asyncapi/asyncapi.json} and {@code .yaml}, then
 * validated with the AsyncAPI CLI (the AsyncAPI parser and its rules); an invalid document fails the build. Without
 * the CLI and without npm to install it the check is skipped, except on CI ({@code CI=true}), where
 * {@code .ci/run} installs both and a skip would hide a missing install step.
 */
class AsyncApiValidationTest {

    static final Path FOLDER = Path.of("target", "asyncapi");
    static List<Path> files;

    @BeforeAll
    static void write() throws Exception {
        files = AsyncApiFiles.write(AsyncApiDocument.generate(), FOLDER);
    }

    @Test
    void the_build_writes_the_document_as_json_and_yaml() throws Exception {
        assertThat(files).extracting(path -> path.getFileName().toString())
                .containsExactly(AsyncApiFiles.JSON_FILE, AsyncApiFiles.YAML_FILE);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(files.get(0).toFile())).isEqualTo(AsyncApiDocument.generate().tree());
    }

    @Test
    void the_asyncapi_cli_finds_the_json_document_valid() throws Exception {
        cliAvailable();
        AsyncApiCli.Outcome outcome = AsyncApiCli.validate(files.get(0).toAbsolutePath());
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("is valid");
    }

    @Test
    void the_asyncapi_cli_finds_the_yaml_document_valid() throws Exception {
        cliAvailable();
        AsyncApiCli.Outcome outcome = AsyncApiCli.validate(files.get(1).toAbsolutePath());
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("is valid");
    }

    /** Proof that the check can fail: an operation naming a channel the document lacks, and a message without payload type. */
    @Test
    void the_asyncapi_cli_fails_a_broken_copy() throws Exception {
        cliAvailable();
        ObjectNode broken = AsyncApiDocument.generate().tree();
        broken.with("operations").with("receiveMilestones").with("channel").put("$ref", "#/channels/nowhere");
        Path file = Files.createDirectories(Path.of("target", "asyncapi-broken")).resolve("asyncapi.json");
        Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(broken));

        AsyncApiCli.Outcome outcome = AsyncApiCli.validate(file.toAbsolutePath());

        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.output()).contains("#/channels/nowhere");
    }

    private static void cliAvailable() {
        if (!AsyncApiCli.installed() && !AsyncApiCli.installable()) {
            assertThat("true".equals(System.getenv("CI"))).as(AsyncApiCli.unavailableReason() + " (on CI it must be there)")
                    .isFalse();
            assumeTrue(false, AsyncApiCli.unavailableReason());
        }
    }
}
