package fi.tiekartta.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's browser on the web UI: Debian's headless {@code chromium} driven by Debian's {@code chromedriver},
 * both named explicitly so that Selenium Manager is never asked for a driver or browser (the failsafe
 * configuration also sets {@code SE_OFFLINE=true}). Other paths: {@code -Dtiekartta.chromium=…},
 * {@code -Dtiekartta.chromedriver=…}.
 *
 * <p>The user logs in the way a person does: the gateway sends the browser to Keycloak's login page (OIDC
 * authorization code with PKCE), the user fills in the form, Keycloak sends the browser back to the page asked for.
 * Each instance is a fresh browser profile, so two of them are two users with sessions of their own.
 */
final class Browser implements AutoCloseable {

    /** Every demo user's password (deploy/keycloak/tiekartta-realm.json). */
    static final String PASSWORD = "tiekartta";
    static final Duration PATIENCE = Duration.ofSeconds(45);

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ChromeDriver driver;
    private final String gatewayUrl;
    private final String name;

    static Path chromium() {
        return Path.of(System.getProperty("tiekartta.chromium", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty("tiekartta.chromedriver", "/usr/bin/chromedriver"));
    }

    /**
     * A new browser, 1280×1000 CSS pixels at scale 1 (screenshots the same size on every machine).
     *
     * @param name for the chromedriver log, {@code target/browser-logs/<n>-<name>.log}
     */
    Browser(String gatewayUrl, String name) {
        this.gatewayUrl = gatewayUrl;
        this.name = name;
        Path logs;
        try {
            logs = Files.createDirectories(Paths.work().resolve("browser-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .withLogFile(logs.resolve(COUNT.incrementAndGet() + "-" + name + ".log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium().toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage",
                        "--disable-extensions", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
                        "--window-size=1280,1000", "--lang=fi-FI");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fi-FI,fi"));
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    WebDriver driver() {
        return driver;
    }

    String name() {
        return name;
    }

    String gatewayUrl() {
        return gatewayUrl;
    }

    /** Opens a page of the UI ({@code /…}, through the gateway) and waits until it has loaded. */
    Browser open(String path) {
        driver.get(gatewayUrl + path);
        waitUntilLoaded();
        return this;
    }

    /** Opens a page in a language: {@code ?lang=xx} switches (and the UI keeps it in a cookie). */
    Browser open(String path, String lang) {
        return open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
    }

    /**
     * Opens {@code path} (the front page when null), is sent to Keycloak's login page, logs in as {@code username}
     * and waits until Keycloak has sent the browser back to the UI.
     */
    Browser logIn(String username, String path) {
        driver.get(gatewayUrl + (path == null ? "/" : path));
        waitFor(By.id("username"), "Keycloak's login page for " + username + " (from " + gatewayUrl + ")");
        assertOnKeycloakLoginPage();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        try {
            driver.findElement(By.id("kc-login")).click();
        } catch (org.openqa.selenium.TimeoutException slow) {
            // chromedriver gave up waiting for the next page (a busy machine): keep waiting for it below.
        }
        new WebDriverWait(driver, Duration.ofSeconds(90)).withMessage(() -> "back on the UI after logging in as " + username
                        + ", but the browser is at " + driver.getCurrentUrl() + ":\n" + text(By.tagName("body")))
                .until(d -> d.getCurrentUrl().startsWith(gatewayUrl) && !d.findElements(By.tagName("main")).isEmpty());
        waitUntilLoaded();
        return this;
    }

    /** The browser shows Keycloak's login page (not the UI). */
    void assertOnKeycloakLoginPage() {
        if (driver.getCurrentUrl().startsWith(gatewayUrl) || driver.findElements(By.id("password")).isEmpty()) {
            throw new AssertionError("expected Keycloak's login page, the browser is at " + driver.getCurrentUrl());
        }
    }

    boolean onKeycloakLoginPage() {
        return !driver.getCurrentUrl().startsWith(gatewayUrl) && !driver.findElements(By.id("password")).isEmpty()
                && !driver.findElements(By.id("username")).isEmpty();
    }

    /** Logs out with the layout's logout button (a form posted to the gateway's {@code /logout}). */
    void logOut() {
        WebElement button = driver.findElement(By.cssSelector("form[action$='/logout'] button, "
                + "form[action$='/logout'] [type=submit]"));
        button.click();
        new WebDriverWait(driver, PATIENCE).withMessage(() -> "logged out, but the browser is at "
                        + driver.getCurrentUrl())
                .until(d -> !d.getCurrentUrl().startsWith(gatewayUrl) || d.findElements(By.cssSelector(
                        "form[action$='/logout']")).isEmpty());
        waitUntilLoaded();
    }

    /** Clicks and, when the click loads another page (a link, a form posted), waits until it has loaded. */
    Browser click(By locator) {
        WebElement main = driver.findElements(By.tagName("main")).stream().findFirst().orElse(null);
        WebElement element = waitFor(locator, "something to click");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        if (main != null) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(main));
            } catch (org.openqa.selenium.TimeoutException stillThere) {
                // The click did not load a page (e.g. it only moved the focus).
            }
        }
        waitUntilLoaded();
        return this;
    }

    /** Types into a field, replacing what it held. */
    Browser type(By locator, String text) {
        WebElement field = waitFor(locator, "a field to type in");
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Picks the radio button of {@code name} whose value is {@code value} (by its label if the input is styled away). */
    Browser choose(String name, String value) {
        WebElement radio = waitFor(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']"),
                "the choice " + value + " of " + name);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        try {
            radio.click();
        } catch (org.openqa.selenium.WebDriverException notClickable) {
            driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
        }
        if (!radio.isSelected()) {
            throw new AssertionError("could not choose " + value + " of " + name + " at " + driver.getCurrentUrl());
        }
        return this;
    }

    /** An attribute of an element that the page may replace meanwhile (a live refresh): read afresh each time. */
    String attribute(By locator, String name) {
        try {
            return driver.findElements(locator).stream().findFirst().map(e -> e.getAttribute(name)).orElse(null);
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return driver.findElements(locator).stream().findFirst().map(e -> e.getAttribute(name)).orElse(null);
        }
    }

    /** Marks this page in the browser's memory: the mark survives a partial refresh, not a reload. */
    void markThePage() {
        script("window.tiekarttaTestMark = 'not reloaded'");
    }

    boolean stillTheMarkedPage() {
        return "not reloaded".equals(script("return window.tiekarttaTestMark"));
    }

    /** Waits (up to a minute) until {@code condition} holds, re-reading the page each time; {@code what} names it. */
    void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> what + " (" + name + " at " + driver.getCurrentUrl() + ")" + describe())
                .until(d -> condition.get());
    }

    WebElement waitFor(By locator, String what) {
        return new WebDriverWait(driver, PATIENCE).withMessage(() -> what + " (" + locator + ") at "
                        + driver.getCurrentUrl() + describe())
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** What the page says, for a failure's message (and a screenshot of it, failure-<name>-<n>.png). */
    String describe() {
        try {
            Path shot = Screenshots.take(driver, Paths.work().resolve("screenshots"), "failure-" + name + "-"
                    + COUNT.incrementAndGet());
            String main = text(By.tagName("main"));
            return "\n  page title: " + driver.getTitle() + "\n  screenshot: " + shot + "\n  main: "
                    + (main.length() > 1500 ? main.substring(0, 1500) + " …" : main);
        } catch (RuntimeException e) {
            return "\n  (the page could not be read: " + e + ")";
        }
    }

    void waitUntilLoaded() {
        new WebDriverWait(driver, PATIENCE).until(d -> "complete".equals(script("return document.readyState")));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String text(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).findFirst().orElse("");
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Lays the page out {@code width} CSS pixels wide (Chrome's device emulation: 640 is a 1280 px window at 200 %
     * zoom, 360 a phone); 0 returns to the window's own size.
     */
    void emulateWidth(int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                    "deviceScaleFactor", 1, "mobile", width <= 400));
        }
    }

    Path screenshot(String name) {
        return Screenshots.take(driver, name);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
