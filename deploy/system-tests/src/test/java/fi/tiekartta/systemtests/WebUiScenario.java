package fi.tiekartta.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web UI as its users meet it, in the real headless Chromium through the gateway: login at Keycloak, the
 * pages of each demo role in Finnish, Swedish and English checked with axe-core (WCAG 2.1 A and AA, any violation
 * fails), the keyboard and small screens, each user's job end to end ({@link WebUiJourneys}), logout. Screenshots
 * of the pages go where {@link Screenshots} says, for the user guides (docs/user-guide).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BrowserRequired.class)
abstract class WebUiScenario {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** The demo roles whose pages are checked: one user each (the reporter of Päijät-Häme for the reporters). */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("viewer", "viewer");
        ROLES.put("reporter", "reporter-paijat-hame");
        ROLES.put("verifier", "thl-verifier");
        ROLES.put("admin", "stm-admin");
    }

    /** At most this many pages per role: one of each kind is enough (see {@link #kind}). */
    private static final int MAX_PAGES = 40;

    /** The running tier; called only after the enclosing class has started it. */
    protected abstract SystemUnderTest system();

    Browser browser(String name) {
        return new Browser(system().gatewayUrl(), name);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Keyboard, focus and small screens

    /** The skip link is the first thing Tab reaches, it is visible then, and it moves the focus to the main content. */
    @Test
    @Order(1)
    void theSkipLinkIsTheFirstFocusableElementAndMovesFocusToMain() {
        try (Browser browser = browser("keyboard").logIn("viewer", "/?lang=fi")) {
            for (String path : List.of("/", "/regional", "/accessibility")) {
                browser.open(path);
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                WebElement first = browser.driver().switchTo().activeElement();
                assertThat(first.getTagName()).as("the first focusable element of %s", path).isEqualTo("a");
                assertThat(first.getAttribute("href")).as("the skip link of %s", path).endsWith("#main");
                assertThat(first.isDisplayed()).isTrue();
                assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().width", first))
                        .doubleValue()).as("the focused skip link is visible").isGreaterThan(10);
                assertThat(browser.script("const s = getComputedStyle(arguments[0]); return s.outlineStyle !== 'none' "
                        + "&& parseFloat(s.outlineWidth) > 0 || s.boxShadow !== 'none'", first))
                        .as("the focused skip link shows its focus (outline or shadow)").isEqualTo(true);
                if (path.equals("/")) {
                    browser.screenshot("keyboard-skip-link");
                }
                first.sendKeys(Keys.ENTER);
                WebElement focused = browser.driver().switchTo().activeElement();
                assertThat(focused.getTagName()).as("focus after the skip link on %s", path).isEqualTo("main");
                assertThat(focused.getAttribute("id")).isEqualTo("main");
            }
        }
    }

    /**
     * At 200 % zoom (a 1280 px window is then 640 CSS px wide) and on a 360 px wide phone the pages reflow: the page
     * never scrolls sideways (a wide data table may scroll inside its own box).
     */
    @Test
    @Order(2)
    void thePagesReflowAt200PercentZoomAndOnA360PxWideScreen() {
        try (Browser browser = browser("reflow").logIn("viewer", "/?lang=fi")) {
            List<String> failures = new ArrayList<>();
            for (int width : new int[] {640, 360}) {
                browser.emulateWidth(width);
                for (String path : List.of("/", "/regional", "/attention", "/changes", "/accessibility", "/notifications",
                        "/notifications/preferences")) {
                    browser.open(path);
                    long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
                    long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
                    if (scrollWidth > viewport) {
                        failures.add(path + " at " + width + " px: the page is " + scrollWidth + " px wide, widest: "
                                + browser.script(WIDEST_ELEMENTS));
                    }
                }
            }
            browser.emulateWidth(0);
            assertThat(failures).as("pages that scroll sideways").isEmpty();
        }
    }

    /** Names the elements that stick out of the viewport, to say what makes a page scroll sideways. */
    private static final String WIDEST_ELEMENTS = """
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .filter(e => !e.closest('[style*="overflow"], .table-scroll, .scroll'))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                    ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
                .join(', ');""";

    // ---------------------------------------------------------------------------------------------------------
    // Languages and the viewer's pages

    /**
     * The language switch works and the choice is kept: after {@code ?lang=sv} every page without the parameter is
     * still in Swedish (a cookie), and the switch's links name each language in itself.
     */
    @Test
    @Order(3)
    void theChosenLanguageIsKeptFromPageToPage() {
        try (Browser browser = browser("languages").logIn("viewer", "/?lang=sv")) {
            assertThat(browser.htmlLang()).isEqualTo("sv");
            for (String path : List.of("/regional", "/attention", "/changes", "/accessibility")) {
                browser.open(path);
                assertThat(browser.htmlLang()).as("the language of %s after choosing Swedish", path).isEqualTo("sv");
            }
            browser.click(By.cssSelector(".language-switch a[hreflang='en']"));
            assertThat(browser.htmlLang()).isEqualTo("en");
            browser.open("/");
            assertThat(browser.htmlLang()).isEqualTo("en");
            assertThat(browser.text(By.cssSelector(".language-switch"))).contains("Suomeksi");
        }
    }

    /** The viewer's pages, each with its heading (and a screenshot for the viewer's guide). */
    @Test
    @Order(4)
    void theViewerReadsTheSharedPicture() {
        try (Browser browser = browser("viewer").logIn("viewer", "/?lang=en")) {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("viewer-roadmap", "/");
            pages.put("viewer-work-package", "/programmes/SHKO/work-packages/TP6");
            pages.put("viewer-measure", "/programmes/SHKO/work-packages/TP6/measures/TP6.2");
            pages.put("viewer-region", "/regions/09?programme=SHKO");
            pages.put("viewer-attention", "/attention");
            pages.put("viewer-changes", "/changes");
            pages.put("viewer-roadmap-as-of", "/?asOf=2024-01-01");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(page.getValue());
                assertThat(browser.driver().findElements(By.cssSelector("main h1"))).as("the heading of %s", page.getValue())
                        .hasSize(1);
                assertThat(browser.driver().getTitle()).as("the title of %s", page.getValue()).contains("Tiekartta");
                browser.screenshot(page.getKey());
            }
            browser.open("/");
            browser.script("document.getElementById('roadmap-timeline').scrollIntoView()");
            browser.screenshot("viewer-roadmap-timeline");
            browser.open("/regional");
            browser.script("document.getElementById('heatmap').scrollIntoView()");
            browser.screenshot("viewer-heatmap-table");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // axe-core on every page, in every language, for every role

    /**
     * Every page a role reaches from the navigation (and the pages those link to, one of each kind), in Finnish,
     * Swedish and English: {@code <html lang>} is the language asked for and axe-core finds no violation of WCAG
     * 2.1 A/AA. One dynamic test per role and language, failing with every violation of every page listed.
     */
    @TestFactory
    @Order(10)
    Stream<DynamicTest> everyPageOfEveryRolePassesAxeInEveryLanguage() {
        assumeTrue(Axe.available(), Axe.unavailableReason());
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            for (String lang : LANGUAGES) {
                tests.add(DynamicTest.dynamicTest(role.getKey() + " (" + role.getValue() + ") in " + lang,
                        () -> checkEveryPage(role.getKey(), role.getValue(), lang)));
            }
        }
        for (String lang : LANGUAGES) {
            tests.add(DynamicTest.dynamicTest("the public accessibility statement, not logged in, in " + lang,
                    () -> checkPublicStatement(lang)));
        }
        return tests.stream();
    }

    /** The accessibility statement is public (Act 306/2019): it opens without login, in each language. */
    private void checkPublicStatement(String lang) {
        try (Browser browser = browser("axe-anonymous-" + lang)) {
            browser.open("/accessibility", lang);
            assertThat(browser.onKeycloakLoginPage()).as("the statement needs no login").isFalse();
            assertThat(browser.htmlLang()).isEqualTo(lang);
            List<Axe.Violation> violations = Axe.check(browser.driver());
            assertThat(violations).as("axe-core violations of /accessibility in %s:\n%s", lang, violations).isEmpty();
            if (lang.equals("en")) {
                browser.screenshot("accessibility-statement");
            }
        }
    }

    private final Map<String, List<String>> pagesOfRole = new LinkedHashMap<>();

    private void checkEveryPage(String role, String username, String lang) {
        try (Browser browser = browser("axe-" + role + "-" + lang).logIn(username, "/?lang=" + lang)) {
            StringBuilder failures = new StringBuilder();
            List<String> known = pagesOfRole.get(role);
            List<String> pages = known != null ? known : new ArrayList<>();
            if (known != null) {
                for (String page : known) {
                    browser.open(page, lang);
                    check(browser, page, lang, failures);
                }
            } else {
                crawl(browser, page -> {
                    pages.add(page);
                    check(browser, page, lang, failures);
                });
                pagesOfRole.put(role, pages);
            }
            System.out.println("[axe] " + role + " (" + username + ") in " + lang + ": " + pages.size() + " pages " + pages);
            assertThat(pages).as("pages found for %s", role).contains("/", "/regional", "/attention", "/changes",
                    "/accessibility", "/notifications");
            assertThat(failures.toString()).as("accessibility of %s's pages in %s (axe-core %s, tags %s)", role, lang,
                    Axe.version(browser.driver()), Axe.TAGS).isEmpty();
        }
    }

    private static void check(Browser browser, String page, String lang, StringBuilder failures) {
        String htmlLang = browser.htmlLang();
        if (!lang.equals(htmlLang)) {
            failures.append("\n  ").append(page).append(": <html lang=\"").append(htmlLang)
                    .append("\">, expected \"").append(lang).append('"');
        }
        List<Axe.Violation> violations = Axe.check(browser.driver());
        if (!violations.isEmpty()) {
            failures.append("\n  ").append(page).append(" (").append(lang).append("), ")
                    .append(violations.size()).append(" violation(s):");
            violations.forEach(violation -> failures.append("\n    ").append(violation));
        }
    }

    /**
     * The pages a logged-in user reaches, each handed to {@code visit} while the browser shows it: the front page,
     * then breadth first the UI pages it links to, one page of each kind (path with codes and ids replaced, and the
     * query's parameter names), up to {@link #MAX_PAGES}. Exports, the API, the gateway's own addresses and assets
     * are left out.
     */
    private void crawl(Browser browser, java.util.function.Consumer<String> visit) {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/?asOf=2024-01-01"));
        Set<String> seenKinds = new LinkedHashSet<>();
        queue.forEach(page -> seenKinds.add(kind(page)));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String page = queue.poll();
            browser.open(page);
            if (!"text/html".equals(browser.script("return document.contentType"))
                    || browser.driver().findElements(By.tagName("main")).isEmpty()) {
                continue;
            }
            visited++;
            visit.accept(page);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.script("""
                    return Array.from(document.querySelectorAll('a[href]'))
                        .filter(a => !a.hasAttribute('download'))
                        .map(a => a.href);""");
            for (String link : links) {
                String path = uiPath(link, browser.gatewayUrl());
                if (path != null && seenKinds.add(kind(path))) {
                    queue.add(path);
                }
            }
        }
    }

    /** The link as a path of the UI (without {@code lang}), or null when it leads elsewhere or to no page. */
    static String uiPath(String link, String gatewayUrl) {
        if (!link.startsWith(gatewayUrl + "/")) {
            return null;
        }
        URI uri = URI.create(link);
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            return null;
        }
        for (String excluded : List.of("/api/", "/v3/", "/actuator", "/swagger-ui", "/oauth2/", "/login", "/logout",
                "/assets/")) {
            if (path.startsWith(excluded)) {
                return null;
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".json") || lower.contains("/export")) {
            return null;
        }
        String query = uri.getRawQuery() == null ? "" : Stream.of(uri.getRawQuery().split("&"))
                .filter(parameter -> !parameter.startsWith("lang=") && !parameter.isEmpty())
                .reduce((a, b) -> a + "&" + b).orElse("");
        if (query.contains("format=")) {
            return null;
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** One kind of page: path segments with a digit or an upper-case code become *, plus the query's names. */
    static String kind(String path) {
        int question = path.indexOf('?');
        String pathPart = question < 0 ? path : path.substring(0, question);
        StringBuilder kind = new StringBuilder();
        for (String segment : pathPart.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            kind.append('/').append(segment.matches(".*[0-9A-Z%].*") ? "*" : segment);
        }
        Set<String> names = new TreeSet<>();
        if (question >= 0) {
            for (String parameter : path.substring(question + 1).split("&")) {
                names.add(parameter.split("=", 2)[0]);
            }
        }
        return (kind.length() == 0 ? "/" : kind.toString()) + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Each user's job end to end (in English: the screenshots illustrate the English user guides)

    /**
     * The "done when": Päijät-Häme's reporter fills in TP6.2 in the open round (starting from the
     * previous round's values) and submits it; THL's verifier returns it with a comment (first trying without
     * one: the error is shown at the field); the reporter sees the comment, corrects and resubmits; the verifier
     * verifies it at a level and share of their own. Meanwhile a viewer has the regional heatmap and the national
     * roadmap open in two other browsers, never reloaded: both show each step.
     */
    @Test
    @Order(20)
    void aReportGoesFromTheReporterThroughTheVerifierWhileTheViewersOpenPagesFollow() {
        String roundId = openRoundId();
        By cell = By.id("cell-09-TP6.2");
        try (Browser heatmap = browser("viewer-heatmap"); Browser roadmap = browser("viewer-roadmap");
             Browser reporter = browser("reporter"); Browser verifier = browser("verifier")) {

            // The viewer's open pages: the open round's heatmap, and the national roadmap with TP6's coverage.
            heatmap.logIn("viewer", "/regional?lang=en");
            heatmap.screenshot("viewer-heatmap");
            heatmap.open("/regional?programme=SHKO&round=" + roundId + "&view=corrected");
            assertThat(heatmap.attribute(cell, "data-status")).as("Päijät-Häme's TP6.2 in the open round").isEqualTo("MISSING");
            heatmap.markThePage();
            roadmap.logIn("viewer", "/?lang=en");
            String verifiedCoverageBefore = verifiedCoverage(roadmap, "TP6");
            roadmap.markThePage();

            // The reporter fills in the report, starting from the previous round's values, and submits it.
            reporter.logIn("reporter-paijat-hame", "/reporting?lang=en");
            reporter.screenshot("reporter-rounds");
            reporter.click(By.cssSelector("#round-" + roundId + " a[data-measure='TP6.2']"));
            reporter.waitFor(By.id("report-form"), "the report form");
            reporter.click(By.id("use-previous"));
            reporter.waitFor(By.id("prefilled-notice"), "the previous round's values on the form");
            assertThat(reporter.attribute(By.cssSelector("input[name=level][value=PILOTING]"), "checked"))
                    .as("the previous round's level offered").isNotNull();
            reporter.choose("level", "PARTIAL").type(By.id("share"), "90").choose("shareBasis", "POPULATION")
                    .choose("narrativeLanguage", "fi")
                    .type(By.id("narrative"), "Integroitu palvelumalli on otettu käyttöön alueilla, joilla asuu noin 90 % väestöstä.");
            reporter.screenshot("reporter-report-form");
            assertAccessible(reporter, "the reporter's filled-in form");
            reporter.click(By.id("submit-report"));
            reporter.waitFor(By.id("done-notice"), "the notice that the report was submitted");
            reporter.screenshot("reporter-report-submitted");

            heatmap.waitUntil("the heatmap shows the report submitted, without reload",
                    () -> "SUBMITTED".equals(heatmap.attribute(cell, "data-status")));
            assertThat(heatmap.attribute(cell, "data-self")).isEqualTo("PARTIAL");
            assertThat(heatmap.stillTheMarkedPage()).as("the heatmap was not reloaded").isTrue();

            // The verifier returns it: first without a comment (the error shows at the field), then with one.
            verifier.logIn("thl-verifier", "/verification?lang=en");
            By queueItem = By.cssSelector("#queue-round-" + roundId + " tr[data-region='09'][data-measure='TP6.2'] a");
            verifier.waitUntil("the report in the verifier's queue", () -> {
                if (verifier.driver().findElements(queueItem).isEmpty()) {
                    verifier.open("/verification");
                    return false;
                }
                return true;
            });
            verifier.screenshot("verifier-queue");
            verifier.click(queueItem);
            verifier.waitFor(By.id("return-form"), "the verifier's forms");
            verifier.screenshot("verifier-report");
            assertAccessible(verifier, "the verifier's report page");
            verifier.click(By.id("return-button"));
            verifier.waitFor(By.id("error-summary"), "the error summary: a return needs a comment");
            assertThat(verifier.attribute(By.id("return-comment"), "aria-invalid")).isEqualTo("true");
            assertThat(verifier.attribute(By.id("return-comment"), "aria-describedby")).contains("return-comment-error");
            assertThat(verifier.driver().findElement(By.cssSelector("#error-summary a[href='#return-comment']"))
                    .isDisplayed()).isTrue();
            verifier.screenshot("verifier-return-without-comment");
            assertAccessible(verifier, "the verifier's form with an error");
            String comment = "Kertokaa, missä palveluissa malli on käytössä ja miten väestöosuus on laskettu.";
            verifier.type(By.id("return-comment"), comment).click(By.id("return-button"));
            verifier.waitFor(By.id("done-notice"), "the notice that the report was returned");

            heatmap.waitUntil("the heatmap shows the report returned, without reload",
                    () -> "RETURNED".equals(heatmap.attribute(cell, "data-status")));

            // The reporter's inbox says so (issue 13), with the verifier's comment and the measure.
            reporter.waitUntil("the returned report in the reporter's inbox", () -> {
                reporter.open("/notifications");
                return reporter.text(By.id("main")).contains(comment);
            });
            assertThat(reporter.text(By.id("notification-list"))).contains(comment).contains("TP6.2");
            reporter.screenshot("notifications-inbox");
            assertAccessible(reporter, "the inbox");
            reporter.open("/notifications/preferences");
            reporter.screenshot("notifications-preferences");
            assertAccessible(reporter, "the notification preferences");

            // The reporter sees the comment, corrects the report and submits it again.
            reporter.open("/reporting");
            reporter.click(By.cssSelector("#round-" + roundId + " a[data-measure='TP6.2']"));
            assertThat(reporter.text(By.cssSelector("#returned-note .comment"))).isEqualTo(comment);
            reporter.screenshot("reporter-report-returned");
            assertAccessible(reporter, "the returned report");
            reporter.type(By.id("narrative"), "Integroitu palvelumalli on käytössä Lahden, Heinolan ja Hollolan "
                    + "perhe- ja sosiaalikeskuksissa; niiden alueilla asuu noin 90 % väestöstä (väestörekisteri 31.12.).");
            reporter.click(By.id("submit-report"));
            reporter.waitFor(By.id("done-notice"), "the notice that the report was submitted again");

            heatmap.waitUntil("the heatmap shows the report submitted again, without reload",
                    () -> "SUBMITTED".equals(heatmap.attribute(cell, "data-status")));

            // The verifier verifies it at a share of their own.
            verifier.open("/verification");
            verifier.waitUntil("the resubmitted report in the verifier's queue", () -> {
                if (verifier.driver().findElements(queueItem).isEmpty()) {
                    verifier.open("/verification");
                    return false;
                }
                return true;
            });
            verifier.click(queueItem);
            verifier.choose("verify-level", "PARTIAL").type(By.id("verify-share"), "85").choose("verify-shareBasis", "POPULATION")
                    .type(By.id("verify-comment"), "Väestöosuus tarkistettu: noin 85 %.");
            verifier.screenshot("verifier-verify-form");
            verifier.click(By.id("verify-button"));
            verifier.waitFor(By.id("done-notice"), "the notice that the report was verified");
            verifier.screenshot("verifier-verified");

            // The viewer's open pages show it, never reloaded.
            heatmap.waitUntil("the heatmap shows the report verified, without reload",
                    () -> "VERIFIED".equals(heatmap.attribute(cell, "data-status")));
            assertThat(heatmap.attribute(cell, "data-verified")).isEqualTo("PARTIAL");
            assertThat(heatmap.attribute(cell, "data-self")).isEqualTo("PARTIAL");
            assertThat(heatmap.stillTheMarkedPage()).as("the heatmap was not reloaded").isTrue();
            assertThat(heatmap.text(By.id("live-status"))).as("the refresh is announced").isNotBlank();
            heatmap.script("document.getElementById('cell-09-TP6.2').scrollIntoView({block: 'center'})");
            heatmap.screenshot("viewer-heatmap-verified");
            roadmap.waitUntil("the roadmap's TP6 coverage shows the verified level, without reload",
                    () -> !verifiedCoverageBefore.equals(verifiedCoverage(roadmap, "TP6")));
            assertThat(roadmap.stillTheMarkedPage()).as("the roadmap was not reloaded").isTrue();

            // The reporter sees the verified value.
            reporter.open("/reporting");
            reporter.click(By.cssSelector("#round-" + roundId + " a[data-measure='TP6.2']"));
            assertThat(reporter.text(By.id("verified-value"))).contains("85");
            reporter.screenshot("reporter-report-verified");
        }
    }

    /** The verified column of a work package's regional coverage on the roadmap page (the card's table). */
    private static String verifiedCoverage(Browser roadmap, String workPackage) {
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) roadmap.script("""
                return Array.from(document.querySelectorAll('#wp-' + arguments[0] + ' table.coverage tbody tr'))
                    .map(row => row.querySelector('th').textContent.trim() + '=' + row.querySelectorAll('td')[1].textContent.trim());""",
                workPackage);
        assertThat(cells).as("the coverage table of %s on the roadmap", workPackage).isNotEmpty();
        return String.join(", ", cells);
    }

    /**
     * The programme administrator records a work package's delivery confidence with its rationale and a milestone
     * achieved (today, with evidence); the roadmap's timeline shows the milestone achieved, as a day on the actual lane.
     */
    @Test
    @Order(21)
    void theAdministratorRecordsConfidenceAndAMilestoneAchievedAndTheTimelineShowsIt() {
        String milestone = "SHKO-TP3-01";
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).toString();
        try (Browser admin = browser("admin")) {
            admin.logIn("stm-admin", "/?lang=en");
            admin.screenshot("admin-roadmap");
            admin.open("/programmes/SHKO/work-packages/TP3");
            admin.screenshot("admin-work-package");

            admin.click(By.id("record-confidence"));
            admin.waitFor(By.id("confidence-form"), "the delivery confidence form");
            WebElement firstRating = admin.driver().findElement(By.cssSelector("#confidence-form input[name=rating]"));
            admin.choose("rating", firstRating.getAttribute("value"))
                    .type(By.id("rationale"), "Selvityksen rahoitus on varmistettu ja työryhmä on asetettu.");
            admin.screenshot("admin-confidence-form");
            admin.click(By.id("save-confidence"));
            admin.waitFor(By.id("done-notice"), "the notice that the confidence was recorded");
            assertThat(admin.text(By.id("confidence-current"))).isNotBlank();

            admin.open("/programmes/SHKO/work-packages/TP3");
            admin.click(By.cssSelector("#wp-timeline-table tr[data-milestone='" + milestone + "'] a"));
            admin.waitFor(By.id("achievement-form"), "the milestone's forms");
            admin.type(By.id("actual"), today)
                    .type(By.id("evidence-url"), "https://stm.fi/sosiaalihuollon-kehittamisohjelma")
                    .type(By.id("evidence-title"), "Porrasteisuuden selvityksen käynnistyminen");
            admin.screenshot("admin-milestone-form");
            assertAccessible(admin, "the milestone's forms");
            admin.click(By.id("record-achievement"));
            admin.waitFor(By.id("done-notice"), "the notice that the achievement was recorded");
            assertThat(admin.text(By.id("milestone-actual"))).isNotBlank();
            admin.screenshot("admin-milestone-achieved");

            admin.open("/");
            admin.waitUntil("the roadmap's timeline shows " + milestone + " achieved", () -> {
                if (admin.driver().findElements(By.cssSelector("#roadmap-timeline g.timeline__row[data-code='" + milestone
                        + "'] [data-lane='actual']")).isEmpty()) {
                    admin.open("/");
                    return false;
                }
                return true;
            });
            String row = admin.text(By.cssSelector("#roadmap-timeline-table tr[data-milestone='" + milestone + "']"));
            assertThat(row).as("the timeline table's row of %s", milestone).isNotBlank();
            admin.script("document.getElementById('roadmap-timeline').scrollIntoView()");
            admin.screenshot("admin-roadmap-timeline");
        }
    }

    /** The open half-year round of SHKO that the reporting demo loaded (its id, as the UI's links carry it). */
    private String openRoundId() {
        Api api = new Api(system().gatewayUrl());
        String viewer = new Tokens(system().issuer()).forUser("viewer");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        String programmeId = json.readTree(api.get("/api/programmes?size=200", viewer).body()).path("content")
                .valueStream().filter(p -> p.path("code").asString().equals("SHKO")).findFirst().orElseThrow()
                .path("id").asString();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        String current = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        return json.readTree(api.get("/api/reporting-rounds?size=50&programmeId=" + programmeId, viewer).body())
                .path("content").valueStream()
                .filter(round -> round.path("period").path("value").asString().equals(current))
                .findFirst().orElseThrow().path("id").asString();
    }

    /** axe-core finds nothing on the page the browser shows now. */
    private static void assertAccessible(Browser browser, String what) {
        if (!Axe.available()) {
            return;
        }
        List<Axe.Violation> violations = Axe.check(browser.driver());
        assertThat(violations).as("axe-core violations on %s (%s):\n%s", what, browser.driver().getCurrentUrl(),
                violations.stream().map(Object::toString).reduce("", (a, b) -> a + "  " + b + "\n")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Logout

    /**
     * Logout ends the session at the gateway and at Keycloak: the next page the browser asks for sends it to
     * Keycloak's login form (no silent login with a Keycloak session left over), and logging in again works.
     */
    @Test
    @Order(30)
    void logoutEndsTheSessionAtTheGatewayAndAtKeycloak() {
        try (Browser browser = browser("logout").logIn("viewer", "/?lang=en")) {
            browser.screenshot("viewer-logged-in");
            browser.logOut();
            browser.driver().get(system().gatewayUrl() + "/regional");
            browser.waitFor(By.id("username"), "Keycloak's login form after logout");
            browser.assertOnKeycloakLoginPage();
            browser.logIn("viewer", "/regional");
            assertThat(browser.driver().getCurrentUrl()).startsWith(system().gatewayUrl() + "/regional");
        }
    }
}
