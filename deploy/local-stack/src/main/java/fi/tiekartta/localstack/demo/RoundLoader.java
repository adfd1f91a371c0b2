package fi.tiekartta.localstack.demo;

import static fi.tiekartta.localstack.demo.Gateway.expect;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One demo round: opened by the admin unless it exists already (same programme, period and title), its reports
 * taken through their workflows while it is open, closed by hand where the plan says so, then the corrections.
 */
final class RoundLoader {

    private final Gateway gateway;
    private final SeedCatalogue catalogue;
    private final DemoUsers users;
    private final ReportDriver reports;
    private final LocalDate today;
    private final JsonMapper json;
    private final PrintStream log;

    RoundLoader(Gateway gateway, SeedCatalogue catalogue, DemoUsers users, ReportDriver reports, LocalDate today,
            JsonMapper json, PrintStream log) {
        this.gateway = gateway;
        this.catalogue = catalogue;
        this.users = users;
        this.reports = reports;
        this.today = today;
        this.json = json;
        this.log = log;
    }

    /**
     * What the round holds once loaded, for the summary.
     *
     * @param cells the round-wide listing's count of cells by status (MISSING where a region has not reported)
     */
    record Loaded(String id, String name, String status, String deadline, Map<String, Long> cells) {

        @Override
        public String toString() {
            return name + " " + status.toLowerCase() + " (" + cells.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(e -> e.getValue() + " " + e.getKey().toLowerCase()).collect(Collectors.joining(", "))
                    + ("OPEN".equals(status) ? "; deadline " + deadline : "") + ")";
        }
    }

    Loaded load(RoundPlan plan) {
        HalfYear half = plan.halfYear(today);
        String programmeId = catalogue.programmeId(plan.programme());
        ObjectNode title = plan.titleFor(half);
        log.println("  round " + plan.name(today) + ":");
        Gateway.Answer round = find(programmeId, half, title);
        if (round == null) {
            round = open(plan, programmeId, half, title);
        } else {
            log.println("    exists already (" + round.body().path("status").asString() + "), id " + id(round));
            if (!"ILLUSTRATIVE".equals(round.body().path("basis").path("kind").asString(""))) {
                log.println("    WARNING: it is not marked illustrative (loaded before rounds carried a basis); reset the "
                        + "local data (deploy/local/tiekartta down; rm -rf .local/mongo .local/seed-*) to load it marked");
            }
        }
        List<String> measureIds = catalogue.measureIds(plan.programme(), plan.measures());
        for (ReportPlan report : plan.reports()) {
            String measureId = measureIds.get(plan.measures().indexOf(report.measure()));
            if (isOpen(round)) {
                reports.advance(id(round), measureId, report, plan.basis());
            } else {
                reports.checkFinished(id(round), measureId, report);
            }
        }
        if (plan.closeByHand() && isOpen(round)) {
            Gateway.Answer current = expect(gateway.get(path(round), users.admin()), 200);
            round = expect(gateway.post(path(round) + "/closure", users.admin(), null, current.ifMatch()), 200);
            log.println("    closed by " + users.admin());
        }
        if (!isOpen(round)) {
            for (ReportPlan report : plan.reports()) {
                if (!report.corrections().isEmpty()) {
                    reports.correct(id(round), measureIds.get(plan.measures().indexOf(report.measure())), report);
                }
            }
        }
        Map<String, Long> cells = new LinkedHashMap<>();
        expect(gateway.get(path(round) + "/reports", users.admin()), 200).body().path("matrix").path("byStatus")
                .propertyStream().forEach(count -> cells.put(count.getKey(), count.getValue().asLong()));
        return new Loaded(id(round), plan.name(today), round.body().path("status").asString(),
                round.body().path("deadline").asString(""), cells);
    }

    private Gateway.Answer open(RoundPlan plan, String programmeId, HalfYear half, ObjectNode title) {
        ObjectNode body = json.createObjectNode()
                .put("programmeId", programmeId)
                .put("period", half.canonical())
                .put("deadline", plan.deadline(today).toString());
        body.set("title", title);
        body.set("basis", plan.basis());
        body.set("measureIds", json.valueToTree(catalogue.measureIds(plan.programme(), plan.measures())));
        if (!plan.regions().isEmpty()) {
            body.set("regionCodes", json.valueToTree(plan.regions()));
        }
        Gateway.Answer round = expect(gateway.post("/api/reporting-rounds", users.admin(), body, null), 201);
        log.println("    opened by " + users.admin() + ", deadline " + plan.deadline(today) + ", id " + id(round));
        return round;
    }

    /** The demo's round of this programme and half-year (with its ETag), or null if it has not been opened. */
    private Gateway.Answer find(String programmeId, HalfYear half, ObjectNode title) {
        Gateway.Answer list = expect(gateway.get("/api/reporting-rounds?size=100&programmeId=" + programmeId,
                users.admin()), 200);
        for (JsonNode round : SeedCatalogue.items(list.body())) {
            String period = round.path("period").isString() ? round.path("period").asString()
                    : round.path("period").path("value").asString("");
            String original = title.path("original").asString("fi");
            if (half.canonical().equals(period)
                    && title.path(original).asString().equals(round.path("title").path(original).asString(""))) {
                return expect(gateway.get("/api/reporting-rounds/" + round.path("id").asString(), users.admin()), 200);
            }
        }
        return null;
    }

    private static boolean isOpen(Gateway.Answer round) {
        return "OPEN".equals(round.body().path("status").asString());
    }

    private static String id(Gateway.Answer round) {
        return round.body().path("id").asString();
    }

    private static String path(Gateway.Answer round) {
        return "/api/reporting-rounds/" + id(round);
    }
}
