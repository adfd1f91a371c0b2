package fi.tiekartta.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WCAG 2.1 A and AA rules of axe-core, run in the page the browser shows. axe-core comes from npm at the
 * version {@code deploy/system-tests/src/test/browser/package-lock.json} pins: the first check copies that
 * package.json and lock into {@code target/browser} and runs {@code npm ci} there (once: while
 * {@code node_modules/axe-core/axe.min.js} exists it is used as it is). Then {@code axe.min.js} is injected into
 * each page and {@code axe.run} reports the violations.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {
    }

    /** Where the package.json and lock live in the repository. */
    static Path packageDirectory() {
        return Paths.repo().resolve("deploy/system-tests/src/test/browser");
    }

    static Path installDirectory() {
        return Paths.work().resolve("browser");
    }

    /** Whether axe-core is installed or npm is there to install it. */
    static boolean available() {
        return Files.isRegularFile(installDirectory().resolve("node_modules/axe-core/axe.min.js")) || npmFound();
    }

    static String unavailableReason() {
        return "axe-core is not installed in " + installDirectory() + " and npm is not on the PATH (Debian: apt-get "
                + "install nodejs npm): the accessibility check is skipped";
    }

    private static boolean npmFound() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "npm"))) {
                return true;
            }
        }
        return false;
    }

    /** axe.min.js, installed with {@code npm ci} first if needed. */
    static synchronized String source() {
        if (source == null) {
            try {
                Path script = installDirectory().resolve("node_modules/axe-core/axe.min.js");
                if (!Files.isRegularFile(script)) {
                    install();
                }
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void install() throws IOException {
        Path directory = Files.createDirectories(installDirectory());
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(packageDirectory().resolve(file), directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path log = directory.resolve("npm-ci.log");
        Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES)) {
                npm.destroy();
                throw new IllegalStateException("npm ci in " + directory + " did not finish in 5 min:\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + directory + " failed (exit " + npm.exitValue() + "):\n"
                    + Files.readString(log));
        }
    }

    /** The version of axe-core that checks (as axe itself reports it). */
    static String version(WebDriver driver) {
        inject(driver);
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return axe.version"));
    }

    /** The violations of the page the browser shows now; empty when it passes. */
    static List<Violation> check(WebDriver driver) {
        inject(driver);
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(results => done(JSON.stringify(results.violations)))
                    .catch(error => done('ERROR ' + error));""", TAGS);
        String result = String.valueOf(answer);
        if (result.startsWith("ERROR ")) {
            throw new IllegalStateException("axe.run failed on " + driver.getCurrentUrl() + ": " + result);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(result)) {
            List<String> nodes = new ArrayList<>();
            for (JsonNode node : violation.path("nodes")) {
                nodes.add(node.path("target").toString() + " " + node.path("html").asString()
                        + "\n          " + node.path("failureSummary").asString().replace("\n", "\n          "));
            }
            violations.add(new Violation(violation.path("id").asString(), violation.path("impact").asString(),
                    violation.path("help").asString(), violation.path("helpUrl").asString(), nodes));
        }
        return violations;
    }

    private static void inject(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
    }

    /** One rule an element breaks: the rule, how bad, what it asks, where to read more, the elements. */
    record Violation(String rule, String impact, String help, String helpUrl, List<String> nodes) {

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + " (" + helpUrl + ")\n        "
                    + String.join("\n        ", nodes);
        }
    }
}
