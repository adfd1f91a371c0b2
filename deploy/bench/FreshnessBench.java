import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fresh the shared picture is: the time from a write the API has accepted (its 2xx answer) to the moment the
 * progress view shows it, through the whole pipeline (outbox relay, Kafka, progress-service's consumer, its
 * MongoDB view, the gateway). Each run defines a new programme through the gateway and polls the progress view
 * until it answers with the programme's code. A benchmark, not a test: it prints figures and asserts nothing.
 *
 * <pre>
 * java deploy/bench/FreshnessBench.java [runs=30] [gateway=http://localhost:8080] [issuer=http://localhost:8180/realms/tiekartta]
 *      [view=/api/progress/programmes/{code}/roadmap]
 * </pre>
 * {@code view} may be a whole URL, e.g. {@code http://localhost:8085/api/progress/programmes/{code}/roadmap} to poll
 * progress-service directly and leave the gateway's share out of the figure.
 * The local stack must be running (deploy/local/tiekartta up --detach). Every run leaves a programme named
 * "Freshness benchmark …" behind; run it against a stack you can reset.
 */
public class FreshnessBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(arg(args, "runs", "30"));
        String gateway = arg(args, "gateway", "http://localhost:8080");
        String issuer = arg(args, "issuer", "http://localhost:8180/realms/tiekartta");
        String view = arg(args, "view", "/api/progress/programmes/{code}/roadmap");
        String token = token(issuer);

        List<Double> accepted = new ArrayList<>();
        List<Double> visible = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            String code = "FRESH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            long start = System.nanoTime();
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(gateway + "/api/programmes"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"code":"%s","names":{"fi":"Freshness benchmark %s","original":"fi"},"level":"NATIONAL",\
                            "ownerOrganisation":"STM"}""".formatted(code, code))).build());
            long acceptedAt = System.nanoTime();
            if (created.statusCode() / 100 != 2) {
                throw new IllegalStateException("the write was refused: " + created.statusCode() + " " + created.body());
            }
            URI shown = URI.create((view.startsWith("http") ? "" : gateway) + view.replace("{code}", code));
            while (true) {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(shown).header("Authorization", "Bearer " + token).GET().build());
                if (answer.statusCode() == 200 && answer.body().contains("\"" + code + "\"")) {
                    break;
                }
                if (System.nanoTime() - acceptedAt > GIVE_UP_AFTER.toNanos()) {
                    throw new IllegalStateException(code + " not visible in " + shown + " after " + GIVE_UP_AFTER
                            + "; last answer " + answer.statusCode());
                }
                Thread.sleep(1);
            }
            long visibleAt = System.nanoTime();
            if (run > 0) { // the first run warms up connections and code paths
                accepted.add((acceptedAt - start) / 1e6);
                visible.add((visibleAt - acceptedAt) / 1e6);
            }
        }
        System.out.printf("%d runs against %s%n", runs, view.startsWith("http") ? view : gateway + view);
        print("write accepted (POST /api/programmes)", accepted);
        print("accepted -> visible in the view", visible);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("  %-40s median %6.1f ms  p90 %6.1f ms  min %6.1f ms  max %6.1f ms%n", what,
                at(sorted, 0.5), at(sorted, 0.9), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size())));
    }

    private static String token(String issuer) throws Exception {
        String form = "grant_type=password&client_id=tiekartta-cli&username=stm-admin&password="
                + URLEncoder.encode(System.getenv().getOrDefault("TIEKARTTA_PASSWORD", "tiekartta"), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("no token from " + issuer + ": " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
