package fi.tiekartta.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shell commands the README and docs/ give, as fenced blocks. The convention (README, "Commands in these
 * docs"):
 * <ul>
 *   <li>a {@code ```bash} block is run verbatim against a freshly started local stack, each block on its own;</li>
 *   <li>a shell block that is not run ({@code ```sh}, {@code ```console}, {@code ```shell}) says so visibly: the
 *       paragraph just before it contains {@value #NOT_RUN_MARK};</li>
 *   <li>lines that start or stop the stack itself ({@code deploy/local/tiekartta up|down}) are left out: the test
 *       starts the stack with the same launcher.</li>
 * </ul>
 */
final class DocumentedCommands {

    /** The words that mark a shell block the test does not run; the doc says why right after them. */
    static final String NOT_RUN_MARK = "not run by the documentation test";

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern STACK_LIFECYCLE = Pattern.compile("^deploy/local/tiekartta\\s+(up|down)\\b.*$");
    private static final List<String> SHELL_LANGUAGES = List.of("bash", "sh", "shell", "console", "zsh");

    /** A fenced block: where it is, its info string, its lines (the fence's indentation removed). */
    record Block(Path file, int line, String language, String text, String before) {

        String where() {
            return file + ":" + line;
        }

        boolean runnable() {
            return language.equals("bash");
        }

        boolean shell() {
            return SHELL_LANGUAGES.contains(language);
        }

        /** Whether the text just before the block marks it as not run. */
        boolean markedNotRun() {
            return before.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(NOT_RUN_MARK);
        }

        /** The block as the test runs it: without the stack's own start and stop lines. */
        String script() {
            StringBuilder script = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (!STACK_LIFECYCLE.matcher(line.strip()).matches()) {
                    script.append(line).append('\n');
                }
            }
            return script.toString();
        }
    }

    private DocumentedCommands() {
    }

    /** README.md, then every page under docs/ in path order. */
    static List<Path> pages(Path repository) {
        List<Path> pages = new ArrayList<>();
        pages.add(repository.resolve("README.md"));
        try (Stream<Path> files = Files.walk(repository.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted(Comparator.naturalOrder()).forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static List<Block> blocks(Path repository) {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages(repository)) {
            try {
                blocks.addAll(blocks(repository.relativize(page), Files.readString(page)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return blocks;
    }

    static List<Block> blocks(Path file, String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher open = FENCE.matcher(lines[i]);
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            int start = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.length && !FENCE.matcher(lines[i]).matches(); i++) {
                String line = lines[i];
                text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading()).append('\n');
            }
            blocks.add(new Block(file, start + 1, open.group(2).toLowerCase(Locale.ROOT), text.toString(),
                    paragraphBefore(lines, start)));
        }
        return blocks;
    }

    /** The paragraph right before line {@code index} (up to the blank line above it). */
    private static String paragraphBefore(String[] lines, int index) {
        int end = index;
        while (end > 0 && lines[end - 1].isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && !lines[start - 1].isBlank() && !FENCE.matcher(lines[start - 1]).matches()) {
            start--;
        }
        return String.join("\n", List.of(lines).subList(start, end));
    }

    /**
     * The commands with the documented default ports replaced by the test stack's: {@code localhost:8080} (and
     * {@code 127.0.0.1:8080}) becomes the test's gateway, and so on for every port in {@code ports}.
     *
     * @param ports documented port → the test stack's port
     */
    static String onPorts(String script, Map<Integer, Integer> ports) {
        String result = script;
        for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
            result = result.replaceAll("(localhost|127\\.0\\.0\\.1):" + port.getKey() + "(?![0-9])",
                    "$1:" + port.getValue());
        }
        return result;
    }
}
