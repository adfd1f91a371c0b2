package fi.tiekartta.systemtests;

import java.nio.file.Path;

/** The repository and this module's build directory, as the failsafe configuration passes them. */
final class Paths {

    private Paths() {
    }

    static Path repo() {
        return Path.of(System.getProperty("tiekartta.repo", "../..")).toAbsolutePath().normalize();
    }

    static Path work() {
        return Path.of(System.getProperty("tiekartta.work", "target")).toAbsolutePath().normalize();
    }
}
