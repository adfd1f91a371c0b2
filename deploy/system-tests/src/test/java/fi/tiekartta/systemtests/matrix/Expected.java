package fi.tiekartta.systemtests.matrix;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The answer a caller must get: 401, 403, or allowed. An allowed caller gets past authorization (neither 401 nor 403
 * nor a 5xx) and, where the row says so, exactly one of the given statuses.
 */
record Expected(Outcome outcome, Set<Integer> statuses) {

    enum Outcome {
        UNAUTHENTICATED,
        FORBIDDEN,
        ALLOWED
    }

    static final Expected UNAUTHENTICATED = new Expected(Outcome.UNAUTHENTICATED, Set.of(401));
    static final Expected FORBIDDEN = new Expected(Outcome.FORBIDDEN, Set.of(403));

    static Expected allowed(Set<Integer> statuses) {
        return new Expected(Outcome.ALLOWED, Set.copyOf(statuses));
    }

    boolean isMetBy(int status) {
        if (outcome == Outcome.ALLOWED && statuses.isEmpty()) {
            return status != 401 && status != 403 && status >= 200 && status < 500;
        }
        return statuses.contains(status);
    }

    /** As docs/security.md shows it: {@code 401}, {@code 403}, {@code ✓ 201} or {@code ✓ 201/409}. */
    String text() {
        return switch (outcome) {
            case UNAUTHENTICATED -> "401";
            case FORBIDDEN -> "403";
            case ALLOWED -> statuses.isEmpty() ? "✓" : "✓ " + new TreeSet<>(statuses).stream().map(String::valueOf)
                    .collect(Collectors.joining("/"));
        };
    }

    @Override
    public String toString() {
        return outcome == Outcome.ALLOWED ? "allowed " + (statuses.isEmpty() ? "(any non-401/403/5xx)" : statuses) : text();
    }
}
