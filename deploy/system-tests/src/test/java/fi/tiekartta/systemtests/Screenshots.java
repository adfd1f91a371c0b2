package fi.tiekartta.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Where the browser tests put their screenshots: {@code target/screenshots} by default; the user guides'
 * {@code docs/user-guide/images} when the tests run with {@code -Dtiekartta.screenshots=docs/user-guide/images}
 * (or the environment variable {@code TIEKARTTA_SCREENSHOTS}), a path relative to the repository. Running the
 * tests that way refreshes the guides' pictures.
 */
final class Screenshots {

    private Screenshots() {
    }

    static Path directory() {
        String configured = System.getProperty("tiekartta.screenshots", System.getenv("TIEKARTTA_SCREENSHOTS"));
        if (configured == null || configured.isBlank()) {
            return Paths.work().resolve("screenshots");
        }
        return Paths.repo().resolve(configured).toAbsolutePath().normalize();
    }

    /** Saves what the browser shows as {@code <name>.png}. */
    static Path take(WebDriver driver, String name) {
        return take(driver, directory(), name);
    }

    /** Saves what the browser shows as {@code <name>.png} in {@code directory} (e.g. a failure's, always under target/). */
    static Path take(WebDriver driver, Path directory, String name) {
        try {
            Path file = Files.createDirectories(directory).resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
