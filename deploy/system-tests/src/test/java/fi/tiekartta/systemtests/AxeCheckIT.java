package fi.tiekartta.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accessibility check itself, without a stack: in the real headless Chromium, axe-core (the pinned npm
 * package) finds the violations of a page known to break WCAG and none in a page known to keep it, so a page
 * of the UI that passes the check passes because it is right, not because nothing was checked.
 */
@ExtendWith(BrowserRequired.class)
class AxeCheckIT {

    @Test
    void axeFindsTheViolationsOfAnInaccessiblePageAndNoneInAnAccessibleOne() {
        assumeTrue(Axe.available(), Axe.unavailableReason());
        try (Browser browser = new Browser("file://", "axe-check")) {
            browser.driver().get(Paths.repo().resolve(
                    "deploy/system-tests/src/test/resources/browser/inaccessible.html").toUri().toString());
            List<Axe.Violation> violations = Axe.check(browser.driver());
            assertThat(violations).extracting(Axe.Violation::rule)
                    .contains("html-has-lang", "image-alt", "label", "color-contrast");
            assertThat(violations).allSatisfy(violation -> {
                assertThat(violation.helpUrl()).startsWith("https://dequeuniversity.com/rules/axe/");
                assertThat(violation.impact()).isNotBlank();
                assertThat(violation.nodes()).isNotEmpty();
            });
            assertThat(Axe.version(browser.driver())).startsWith("4.");

            browser.driver().get(Paths.repo().resolve(
                    "deploy/system-tests/src/test/resources/browser/accessible.html").toUri().toString());
            assertThat(Axe.check(browser.driver())).isEmpty();
        }
    }
}
