package fi.tiekartta.integration.webhooks.targets;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an operator decides about webhook targets.
 *
 * @param requireHttps   whether a target must be https (true but in the local stack, whose receivers are plain http)
 * @param allowedTargets {@code host} or {@code host:port} entries that may be reached although they resolve to an
 *                       internal address (the local stack's and the tests' receivers on loopback); empty in production
 */
public record TargetRules(boolean requireHttps, Set<String> allowedTargets) {

    public TargetRules {
        allowedTargets = allowedTargets.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    boolean allows(String host, int port) {
        String name = host.toLowerCase(Locale.ROOT);
        return allowedTargets.contains(name) || allowedTargets.contains(name + ":" + port);
    }
}
