package fi.tiekartta.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the documentation test reads the docs' fenced blocks (no stack needed). */
class DocumentedCommandsTest {

    private static final String PAGE = """
            # A page

            Run it:

            ```bash
            deploy/local/tiekartta up --detach
            curl -s http://localhost:8080/api/programmes
            ```

            1. In a list:

               ```bash
               curl -s http://127.0.0.1:8180/realms/tiekartta
               ```

            Not run by the documentation test: it streams until Ctrl-C.

            ```sh
            curl -N http://localhost:8080/api/progress/stream
            ```

            ```console
            $ kcat -b localhost:9092 -L
            ```

            ```json
            {"a": 1}
            ```
            """;

    private final List<DocumentedCommands.Block> blocks = DocumentedCommands.blocks(Path.of("page.md"), PAGE);

    @Test
    void findsEveryFencedBlockWithItsLanguageAndLine() {
        assertThat(blocks).extracting(DocumentedCommands.Block::where, DocumentedCommands.Block::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("page.md:5", "bash"),
                        org.assertj.core.groups.Tuple.tuple("page.md:12", "bash"),
                        org.assertj.core.groups.Tuple.tuple("page.md:18", "sh"),
                        org.assertj.core.groups.Tuple.tuple("page.md:22", "console"),
                        org.assertj.core.groups.Tuple.tuple("page.md:26", "json"));
        assertThat(blocks.get(1).text()).isEqualTo("curl -s http://127.0.0.1:8180/realms/tiekartta\n");
    }

    @Test
    void leavesOutTheStacksOwnStartAndStop() {
        assertThat(blocks.get(0).script()).isEqualTo("curl -s http://localhost:8080/api/programmes\n\n");
    }

    @Test
    void aBlockThatIsNotRunMustSaySoInTheParagraphBeforeIt() {
        assertThat(blocks.get(2).markedNotRun()).isTrue();
        assertThat(blocks.get(3).markedNotRun()).as("the console block has no mark of its own").isFalse();
        assertThat(blocks).filteredOn(DocumentedCommands.Block::runnable).hasSize(2);
        assertThat(blocks.get(4).shell()).isFalse();
    }

    @Test
    void movesTheDocumentedPortsToTheTestStacks() {
        String moved = DocumentedCommands.onPorts(
                "curl http://localhost:8080/x http://127.0.0.1:8180/y localhost:80801 kcat -b localhost:9092",
                Map.of(8080, 28080, 8180, 28180, 9092, 29092));
        assertThat(moved).isEqualTo(
                "curl http://localhost:28080/x http://127.0.0.1:28180/y localhost:80801 kcat -b localhost:29092");
    }
}
