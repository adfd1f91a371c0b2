package fi.tiekartta.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```bash} block of README.md and docs/ works verbatim on a freshly started, seeded local stack: each
 * block runs on its own in {@code bash -e} from the repository's root and must end with exit code 0 (the docs use
 * {@code curl --fail-with-body} where they expect success). The stack is {@link LocalStackSystemIT}'s, started with
 * the launcher as the README says, and this runs first among its scenarios, before the others have changed the demo
 * data the examples read; the documented ports (8080, 8180, 9092, …) in the commands are replaced by the test stack's,
 * the only change made to them. Blocks that are not run say so in the doc ({@link DocumentedCommands}).
 */
abstract class DocumentedCommandsScenario {

    /** The launcher's port variables and the port the docs show for each (its default). */
    private static final Map<String, Integer> DOCUMENTED_PORTS = new LinkedHashMap<>();

    static {
        DOCUMENTED_PORTS.put("GATEWAY_PORT", 8080);
        DOCUMENTED_PORTS.put("KEYCLOAK_PORT", 8180);
        DOCUMENTED_PORTS.put("KAFKA_PORT", 9092);
        DOCUMENTED_PORTS.put("KAFKA_CONTROLLER_PORT", 9093);
        DOCUMENTED_PORTS.put("MONGODB_PORT", 27017);
        DOCUMENTED_PORTS.put("PROGRAMME_SERVICE_PORT", 8081);
        DOCUMENTED_PORTS.put("WORKPACKAGE_SERVICE_PORT", 8082);
        DOCUMENTED_PORTS.put("MILESTONE_SERVICE_PORT", 8083);
        DOCUMENTED_PORTS.put("REGION_SERVICE_PORT", 8084);
        DOCUMENTED_PORTS.put("PROGRESS_SERVICE_PORT", 8085);
        DOCUMENTED_PORTS.put("WEB_UI_PORT", 8086);
        DOCUMENTED_PORTS.put("INTEGRATION_SERVICE_PORT", 8087);
        DOCUMENTED_PORTS.put("NOTIFICATION_SERVICE_PORT", 8088);
        DOCUMENTED_PORTS.put("SMTP_PORT", 3025);
        DOCUMENTED_PORTS.put("MAIL_IMAP_PORT", 3143);
        DOCUMENTED_PORTS.put("MAIL_API_PORT", 8089);
    }

    private static final int BLOCK_TIMEOUT_MINUTES = 5;

    /** The stack's port variables (every one of {@link #DOCUMENTED_PORTS}), as the launcher was given them. */
    protected abstract Map<String, String> launcherPorts();

    /** The stack's TIEKARTTA_HOME, for the launcher's own commands in the docs ({@code status}, …). */
    protected abstract Path stackHome();

    @TestFactory
    Stream<DynamicTest> everyBashBlockOfTheDocsRunsVerbatim() {
        List<DocumentedCommands.Block> runnable = DocumentedCommands.blocks(Paths.repo()).stream()
                .filter(DocumentedCommands.Block::runnable)
                .toList();
        assertThat(runnable).as("the README's examples at least").hasSizeGreaterThan(3);
        return runnable.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> run(block)));
    }

    /** The convention holds for the pages as they are; it needs no stack, but fails this class too if broken. */
    @Test
    void everyShellBlockThatIsNotRunSaysSo() {
        assertThat(DocumentedCommands.blocks(Paths.repo()).stream()
                .filter(block -> block.shell() && !block.runnable() && !block.markedNotRun())
                .map(DocumentedCommands.Block::where))
                .as("shell blocks that are not ```bash need '%s' in the paragraph before them",
                        DocumentedCommands.NOT_RUN_MARK)
                .isEmpty();
    }

    private void run(DocumentedCommands.Block block) throws IOException, InterruptedException {
        String script = DocumentedCommands.onPorts(block.script(), documentedToTestPorts());
        Assumptions.assumeFalse(script.isBlank(), "only starts or stops the stack, which this test does itself");
        Path output = Files.createTempFile(Paths.work(), "documented-command", ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", script)
                .directory(Paths.repo().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(launcherPorts()); // for deploy/local/tiekartta's own commands
        builder.environment().put("TIEKARTTA_HOME", stackHome().toString());
        Process process = builder.start();
        boolean finished = process.waitFor(BLOCK_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        System.out.println("---- " + block.where() + "\n" + script + "---- printed:\n" + printed);
        assertThat(finished).as("%s finished within %d min; it printed:%n%s", block.where(), BLOCK_TIMEOUT_MINUTES, printed)
                .isTrue();
        assertThat(process.exitValue()).as("exit code of %s:%n%s%nprinted:%n%s", block.where(), script, printed)
                .isZero();
    }

    private Map<Integer, Integer> documentedToTestPorts() {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        DOCUMENTED_PORTS.forEach((variable, documented) -> {
            String port = launcherPorts().get(variable);
            assertThat(port).as("the stack's %s", variable).isNotNull();
            ports.put(documented, Integer.valueOf(port));
        });
        return ports;
    }
}
