package fi.tiekartta.localstack.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link ReportingDemo} through the gateway: waits for the seed roadmap, then the rounds in order, then the
 * national indicators. Safe to run again: what exists is found and only what is missing is done.
 */
final class ReportingDemoLoader {

    private final ReportingDemo demo;
    private final Gateway gateway;
    private final JsonMapper json;
    private final LocalDate today;
    private final Duration wait;
    private final PrintStream log;

    ReportingDemoLoader(ReportingDemo demo, Gateway gateway, JsonMapper json, LocalDate today, Duration wait,
            PrintStream log) {
        this.demo = demo;
        this.gateway = gateway;
        this.json = json;
        this.today = today;
        this.wait = wait;
        this.log = log;
    }

    /** One line saying what the stack now holds. */
    String load() {
        DemoUsers users = demo.users();
        SeedCatalogue catalogue = SeedCatalogue.await(gateway, users.admin(), demo.measureCodesByProgramme(), wait, log);
        RoundLoader rounds = new RoundLoader(gateway, catalogue, users, new ReportDriver(gateway, users, json, log),
                today, json, log);
        List<String> loaded = new ArrayList<>();
        for (RoundPlan round : demo.rounds()) {
            loaded.add("round " + rounds.load(round));
        }
        IndicatorLoader indicators = new IndicatorLoader(gateway, catalogue, users, json, log);
        for (IndicatorPlan indicator : demo.nationalIndicators()) {
            loaded.add("national indicator " + indicators.load(indicator));
        }
        return String.join("; ", loaded);
    }
}
