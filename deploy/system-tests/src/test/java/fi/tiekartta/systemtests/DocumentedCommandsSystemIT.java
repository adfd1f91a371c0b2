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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every {@code ```bash} block of README.md and docs/ works verbatim on a freshly started, seeded local stack: each
 * block runs on its own in {@code bash -e} from the repository's root and must end with exit code 0 (the docs use
 * {@code curl --fail-with-body} where they expect success). The stack is this class's own, started with the
 * launcher as the README says, on ports of its own: the documented ports (8080, 8180, 9092, …) in the commands are
 * replaced by the test stack's, the only change made to them. Blocks that are not run say so in the doc
 * ({@link DocumentedCommands}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedCommandsSystemIT {

    /** Documented port → this test's port; the launcher's variables below say the same. */
    private static final Map<Integer, Integer> PORTS = new LinkedHashMap<>();
    private static final Map<String, String> LAUNCHER_PORTS = new LinkedHashMap<>();

    static {
        port("GATEWAY_PORT", 8080, 28080);
        port("KEYCLOAK_PORT", 8180, 28180);
        port("KAFKA_PORT", 9092, 29092);
        port("KAFKA_CONTROLLER_PORT", 9093, 29093);
        port("MONGODB_PORT", 27017, 28017);
        port("PROGRAMME_SERVICE_PORT", 8081, 28081);
        port("WORKPACKAGE_SERVICE_PORT", 8082, 28082);
        port("MILESTONE_SERVICE_PORT", 8083, 28083);
        port("REGION_SERVICE_PORT", 8084, 28084);
        port("PROGRESS_SERVICE_PORT", 8085, 28085);
        port("WEB_UI_PORT", 8086, 28086);
        port("INTEGRATION_SERVICE_PORT", 8087, 28087);
        port("NOTIFICATION_SERVICE_PORT", 8088, 28088);
        port("SMTP_PORT", 3025, 23025);
        port("MAIL_IMAP_PORT", 3143, 23143);
        port("MAIL_API_PORT", 8089, 28089);
    }

    private static void port(String variable, int documented, int test) {
        PORTS.put(documented, test);
        LAUNCHER_PORTS.put(variable, Integer.toString(test));
    }

    private static final int BLOCK_TIMEOUT_MINUTES = 5;

    private final Path home = Paths.work().resolve("documented-commands-home");
    private LocalStackLauncher launcher;

    @BeforeAll
    void startAFreshStack() throws IOException, InterruptedException {
        if (Files.isDirectory(home.resolve("run"))) {
            // left over by an earlier run that was killed before it could stop it
            new LocalStackLauncher(home, LAUNCHER_PORTS, Map.of()).down();
        }
        launcher = new LocalStackLauncher(LocalStackLauncher.freshHome(home), LAUNCHER_PORTS, Map.of());
        launcher.up();
    }

    @AfterAll
    void stopTheStack() throws IOException, InterruptedException {
        if (launcher != null) {
            launcher.down();
        }
    }

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
        String script = DocumentedCommands.onPorts(block.script(), PORTS);
        Assumptions.assumeFalse(script.isBlank(), "only starts or stops the stack, which this test does itself");
        Path output = Files.createTempFile(Paths.work(), "documented-command", ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", script)
                .directory(Paths.repo().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(LAUNCHER_PORTS); // for deploy/local/tiekartta's own commands
        builder.environment().put("TIEKARTTA_HOME", home.toString());
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
}
