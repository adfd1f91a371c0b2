package fi.tiekartta.localstack.demo;

import static fi.tiekartta.localstack.demo.Gateway.expect;

import java.io.PrintStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a national indicator, unless one of the same programme, measure and observed period is already there.
 */
final class IndicatorLoader {

    private final Gateway gateway;
    private final SeedCatalogue catalogue;
    private final DemoUsers users;
    private final JsonMapper json;
    private final PrintStream log;

    IndicatorLoader(Gateway gateway, SeedCatalogue catalogue, DemoUsers users, JsonMapper json, PrintStream log) {
        this.gateway = gateway;
        this.catalogue = catalogue;
        this.users = users;
        this.json = json;
        this.log = log;
    }

    /** The indicator's name for the summary, e.g. {@code THL-RSO RSO1.B 2020-09}. */
    String load(IndicatorPlan plan) {
        String programmeId = catalogue.programmeId(plan.programme());
        String measureId = plan.measure() == null ? null : catalogue.measureId(plan.programme(), plan.measure());
        String name = plan.programme() + (plan.measure() == null ? "" : " " + plan.measure()) + " " + plan.observedPeriod();
        Gateway.Answer existing = expect(gateway.get("/api/national-indicators?size=100&programmeId=" + programmeId,
                users.admin()), 200);
        for (JsonNode indicator : SeedCatalogue.items(existing.body())) {
            JsonNode period = indicator.path("observedPeriod");
            String observed = period.isString() ? period.asString() : period.path("value").asString("");
            String measure = indicator.path("measureId").isNull() ? null : indicator.path("measureId").asString(null);
            if (plan.observedPeriod().equals(observed) && java.util.Objects.equals(measureId, measure)) {
                log.println("  national indicator " + name + ": recorded already, id " + indicator.path("id").asString());
                return name;
            }
        }
        ObjectNode body = json.createObjectNode().put("programmeId", programmeId).put("measureId", measureId);
        body.setAll(plan.indicator());
        Gateway.Answer created = expect(gateway.post("/api/national-indicators", users.admin(), body, null), 201);
        log.println("  national indicator " + name + ": recorded by " + users.admin() + ", id "
                + created.body().path("id").asString());
        return name;
    }
}
