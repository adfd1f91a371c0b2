package fi.tiekartta.localstack.demo;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the reporting demo ({@code deploy/seed/reporting-demo.yaml}) into a running stack through its gateway, as
 * the demo users with their own tokens; run by {@code deploy/local/tiekartta up} once the seed roadmap is in.
 * Periods and deadlines count from today in Finland. Exits 0 when everything is loaded, printing a summary as its
 * last line, and 1 otherwise, naming the request that failed and the answer it got.
 */
public final class ReportingDemoMain {

    private ReportingDemoMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            DemoSettings settings = DemoSettings.from(args);
            ReportingDemo demo = ReportingDemo.read(settings.file());
            System.out.println("Reporting demo " + settings.file() + " -> " + settings.gatewayUrl());
            System.out.println("  " + demo.notice());
            JsonMapper json = JsonMapper.builder().build();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            TokenSource tokens = new TokenSource(settings.issuer(), http, json, Clock.systemUTC());
            Gateway gateway = new Gateway(settings.gatewayUrl(), tokens, http, json);
            LocalDate today = LocalDate.now(RoundPlan.FINLAND);
            String summary = new ReportingDemoLoader(demo, gateway, json, today, settings.patience(), System.out).load();
            System.out.println("Reporting demo loaded: " + summary);
            return 0;
        } catch (DemoFailure | IllegalArgumentException | UncheckedIOException e) {
            System.out.flush();
            System.err.println("Reporting demo NOT loaded: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.out.flush();
            System.err.println("Reporting demo NOT loaded: unexpected " + e);
            e.printStackTrace();
            return 1;
        }
    }
}
