package fi.tiekartta.systemtests.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The matrix as the Markdown table of docs/security.md, between {@code <!-- matrix:begin -->} and
 * {@code <!-- matrix:end -->}: generated from the same rows the stack test sends, so the document cannot promise
 * what the test does not check.
 */
final class MatrixTable {

    static final String BEGIN = "<!-- matrix:begin -->";
    static final String END = "<!-- matrix:end -->";

    private MatrixTable() {
    }

    static String markdown(List<Endpoint> endpoints) {
        String header = Stream.concat(Stream.of("Endpoint"), Stream.of(Role.values()).map(Role::label))
                .collect(Collectors.joining(" | ", "| ", " |"));
        String rule = Stream.generate(() -> "---").limit(Role.values().length + 1L).collect(Collectors.joining("|", "|", "|"));
        Stream<String> rows = endpoints.stream().map(endpoint -> Stream.concat(
                        Stream.of("`" + endpoint.title() + "`"),
                        Stream.of(Role.values()).map(role -> cell(endpoint, role)))
                .collect(Collectors.joining(" | ", "| ", " |")));
        return Stream.concat(Stream.of(header, rule), rows).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The answer to the valid request, and after a slash the answer to the invalid body where it differs. */
    private static String cell(Endpoint endpoint, Role role) {
        String valid = endpoint.expected(role, Body.VALID).text();
        if (endpoint.badAnswers().isEmpty()) {
            return valid;
        }
        String invalid = endpoint.expected(role, Body.INVALID).text();
        return invalid.equals(valid) ? valid : valid + " · invalid: " + invalid.replace("✓ ", "");
    }

    /** The table in the document, or null without the markers. */
    static String tableIn(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            return null;
        }
        return document.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    static String withTable(String document, String table) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        return document.substring(0, begin + BEGIN.length()) + "\n" + table + document.substring(end);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
