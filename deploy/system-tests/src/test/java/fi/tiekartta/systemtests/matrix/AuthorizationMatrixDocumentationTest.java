package fi.tiekartta.systemtests.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md shows the authorization matrix exactly as the stack test checks it (issue 12): the table between
 * the markers must equal the one generated from {@code matrix/endpoints.txt}. After changing the matrix, run this test
 * with {@code -Dtiekartta.matrix.write=true} to rewrite the table in the document. Needs no stack.
 */
class AuthorizationMatrixDocumentationTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("tiekartta.repo", "../.."))
            .resolve("docs/security.md").toAbsolutePath().normalize();

    @Test
    void docsSecurityShowsTheMatrixTheStackTestChecks() throws IOException {
        String generated = MatrixTable.markdown(AuthorizationMatrix.endpoints());
        String document = MatrixTable.read(DOCUMENT);
        assertThat(MatrixTable.tableIn(document)).as("%s needs the markers %s and %s", DOCUMENT, MatrixTable.BEGIN,
                MatrixTable.END).isNotNull();
        if (Boolean.getBoolean("tiekartta.matrix.write")) {
            Files.writeString(DOCUMENT, MatrixTable.withTable(document, generated), StandardCharsets.UTF_8);
            document = MatrixTable.read(DOCUMENT);
        }
        assertThat(MatrixTable.tableIn(document))
                .as("The matrix table in %s differs from matrix/endpoints.txt; rerun with -Dtiekartta.matrix.write=true "
                        + "to write this table into it:%n%s", DOCUMENT, generated)
                .isEqualTo(generated);
    }

    @Test
    void everyRowNamesAnAnswerAndEveryWriteSaysWhatItMustNotChange() {
        assertThat(AuthorizationMatrix.endpoints()).isNotEmpty().allSatisfy(endpoint -> {
            if (endpoint.isWrite()) {
                assertThat(endpoint.probe()).as("%s: probe", endpoint.title()).isPresent();
            }
            if (endpoint.rule() != Rule.PRIVATE) {
                assertThat(endpoint.allowedAnswers()).as("%s: the allowed answer", endpoint.title()).isNotEmpty();
            }
        });
    }
}
