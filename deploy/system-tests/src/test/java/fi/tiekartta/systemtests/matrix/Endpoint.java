package fi.tiekartta.systemtests.matrix;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of {@code matrix/endpoints.txt}: a request and who may send it.
 *
 * @param allowedAnswers the statuses an allowed caller's valid request gets (empty: any that is not 401/403/5xx)
 * @param body           the valid body's file under {@code matrix/bodies/}, {@code @path} for a repository file, or
 *                       empty for a request without a body
 * @param badAnswers     when present, the invalid body is sent too and an allowed caller gets one of these
 * @param probe          {@code GET path#what} whose value a refused request must leave unchanged
 * @param accept         the Accept header: JSON and problems, unless the endpoint answers CSV, events or metrics
 * @param probeAs        who reads the probe: the viewer, unless only others may read it (webhook subscriptions)
 */
record Endpoint(String method, String path, Rule rule, Set<Integer> allowedAnswers, Optional<String> body,
        String contentType, Optional<Set<Integer>> badAnswers, Optional<String> probe, String accept, Role probeAs) {

    static final String JSON_OR_PROBLEM = "application/json, application/problem+json";

    static Endpoint parse(String line) {
        String[] fields = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
        if (fields.length < 4) {
            throw new IllegalArgumentException("A row needs METHOD | path | rule | answer: " + line);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 4; i < fields.length; i++) {
            int equals = fields[i].indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Not an option (name=value): " + fields[i] + " in " + line);
            }
            options.put(fields[i].substring(0, equals), fields[i].substring(equals + 1));
        }
        return new Endpoint(fields[0], fields[1], Rule.parse(fields[2]), statuses(fields[3]),
                Optional.ofNullable(options.remove("body")), options.getOrDefault("type", "application/json"),
                Optional.ofNullable(options.remove("bad")).map(Endpoint::statuses), Optional.ofNullable(options.remove("probe")),
                options.getOrDefault("accept", JSON_OR_PROBLEM),
                Role.valueOf(options.getOrDefault("probeAs", "viewer").toUpperCase().replace('-', '_')));
    }

    private static Set<Integer> statuses(String text) {
        if (text.equals("-")) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    boolean isWrite() {
        return !method.equals("GET");
    }

    /** The bodies it is sent with: a write with an invalid-body variant is sent twice. */
    Set<Body> bodies() {
        return badAnswers.isPresent() ? Set.of(Body.VALID, Body.INVALID) : Set.of(Body.VALID);
    }

    Expected expected(Role role, Body kind) {
        if (rule.allows(role, kind)) {
            return Expected.allowed(kind == Body.INVALID ? badAnswers.orElseThrow() : allowedAnswers);
        }
        return role == Role.NONE ? Expected.UNAUTHENTICATED : Expected.FORBIDDEN;
    }

    /** The row as the table and the test names show it, e.g. {@code POST /api/regions/09/reports/{report}/corrections (selfReport)}. */
    String title() {
        String title = method + " " + path;
        return switch (rule) {
            case CORRECT_SELF -> title + " (selfReport)";
            case CORRECT_VERIFIED -> title + " (verified)";
            default -> title;
        };
    }
}
