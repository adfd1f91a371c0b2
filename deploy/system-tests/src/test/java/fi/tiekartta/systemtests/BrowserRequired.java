package fi.tiekartta.systemtests;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests where Debian's {@code chromium} or {@code chromedriver} is missing, saying so in the
 * build log (like {@link DockerRequired}); {@code .ci/run} installs both. Another browser or driver is never
 * downloaded instead: see {@link Browser}.
 */
final class BrowserRequired implements ExecutionCondition {

    static final String SKIPPED = "Chromium and chromedriver are not installed (" + Browser.chromium() + ", "
            + Browser.chromedriver() + "; Debian: apt-get install chromium chromium-driver): the browser tests of "
            + "the web UI are skipped";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Browser.chromium()) && Files.isExecutable(Browser.chromedriver())) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        System.out.println("[WARNING] " + context.getDisplayName() + ": " + SKIPPED);
        return ConditionEvaluationResult.disabled(SKIPPED);
    }
}
