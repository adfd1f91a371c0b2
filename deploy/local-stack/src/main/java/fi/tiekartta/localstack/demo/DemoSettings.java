package fi.tiekartta.localstack.demo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the loader finds the stack and the document. Arguments: {@code --gateway=} (default
 * {@code http://localhost:8080}), {@code --issuer=} (the realm's issuer, default
 * {@code http://localhost:8180/realms/tiekartta}), {@code --file=} (default {@code deploy/seed/reporting-demo.yaml})
 * and {@code --wait=} (patience: seconds to wait for the seed roadmap's programmes and measures, default 120).
 */
record DemoSettings(String gatewayUrl, String issuer, Path file, Duration patience) {

    static final String DEFAULT_GATEWAY = "http://localhost:8080";
    static final String DEFAULT_ISSUER = "http://localhost:8180/realms/tiekartta";
    static final Path DEFAULT_FILE = Path.of("deploy/seed/reporting-demo.yaml");
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);

    static DemoSettings from(String[] args) {
        String gateway = DEFAULT_GATEWAY;
        String issuer = DEFAULT_ISSUER;
        Path file = DEFAULT_FILE;
        Duration wait = DEFAULT_WAIT;
        for (String arg : args) {
            if (arg.startsWith("--gateway=")) {
                gateway = value(arg);
            } else if (arg.startsWith("--issuer=")) {
                issuer = value(arg);
            } else if (arg.startsWith("--file=")) {
                file = Path.of(value(arg));
            } else if (arg.startsWith("--wait=")) {
                try {
                    wait = Duration.ofSeconds(Long.parseLong(value(arg)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--wait= takes seconds, not " + value(arg));
                }
            } else {
                throw new IllegalArgumentException(
                        "Unknown argument " + arg + " (expected --gateway=, --issuer=, --file= or --wait=)");
            }
        }
        return new DemoSettings(gateway, issuer, file.toAbsolutePath(), wait);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
