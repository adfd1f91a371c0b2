package fi.tiekartta.localstack.demo;

import static fi.tiekartta.localstack.demo.Gateway.expect;

import java.io.PrintStream;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes one demo report through its workflow with the right user for each step, and records its corrections
 * after the round closed. A run interrupted half-way is resumed: a report that has taken {@code n} steps is at
 * version {@code n}, and one that has {@code n} corrections has {@code n} entries in {@code corrections}.
 */
final class ReportDriver {

    private final Gateway gateway;
    private final DemoUsers users;
    private final JsonMapper json;
    private final PrintStream log;

    ReportDriver(Gateway gateway, DemoUsers users, JsonMapper json, PrintStream log) {
        this.gateway = gateway;
        this.users = users;
        this.json = json;
        this.log = log;
    }

    /**
     * Creates the report where it does not exist yet and takes the steps it has not taken; its final view. The
     * draft carries {@code basis} (the round's: a report of an illustrative round is illustrative), unless null.
     */
    JsonNode advance(String roundId, String measureId, ReportPlan plan, ObjectNode basis) {
        String reporter = users.reporterOf(plan.region());
        Gateway.Answer report = find(roundId, measureId, plan);
        if (report == null) {
            ObjectNode draft = selfReport(roundId, measureId, plan.draft());
            if (basis != null) {
                draft.set("basis", basis);
            }
            report = expect(gateway.post(reports(plan), reporter, draft, null), 201);
            log.println("    " + plan.name() + ": draft written by " + reporter);
        }
        int done = resumeAt(report, plan);
        for (int next = done; next < plan.steps().size(); next++) {
            Step step = plan.steps().get(next);
            report = take(step, report, roundId, measureId, plan);
            ReportStatus expected = plan.statusAfter(next + 1);
            requireStatus(report, expected, plan);
            log.println("    " + plan.name() + ": " + step.action().name().toLowerCase() + " by " + userOf(step, plan)
                    + " -> " + expected);
        }
        return report.body();
    }

    /** In a round that has closed: the report took every step before it closed (else the demo cannot go on). */
    JsonNode checkFinished(String roundId, String measureId, ReportPlan plan) {
        Gateway.Answer report = find(roundId, measureId, plan);
        if (report == null || version(report) - report.body().path("corrections").size() < plan.steps().size()) {
            throw new DemoFailure("the round of " + plan.name() + " closed before the report took its demo workflow ("
                    + (report == null ? "no report" : "status " + status(report) + ", version " + version(report))
                    + "). An earlier run stopped half-way and the round has closed since (its deadline passed, or it was "
                    + "closed by hand): reset the local data "
                    + "(deploy/local/tiekartta down; rm -rf .local/mongo .local/seed-*) to load the demo afresh.");
        }
        resumeAt(report, plan);
        return report.body();
    }

    /** Records the corrections the report does not have yet; the round has closed. */
    JsonNode correct(String roundId, String measureId, ReportPlan plan) {
        Gateway.Answer report = find(roundId, measureId, plan);
        if (report == null) {
            throw new DemoFailure(plan.name() + ": no report to correct");
        }
        int done = report.body().path("corrections").size();
        List<Correction> corrections = plan.corrections();
        for (Correction correction : corrections.subList(Math.min(done, corrections.size()), corrections.size())) {
            ObjectNode body = json.createObjectNode().put("reason", correction.reason());
            String user;
            if (correction.byReporter()) {
                body.set("selfReport", correction.selfReport());
                user = users.reporterOf(plan.region());
            } else {
                body.set("verified", correction.verified());
                user = users.verifier();
            }
            report = expect(gateway.post(report(plan, report) + "/corrections", user, body, report.ifMatch()), 200, 201);
            log.println("    " + plan.name() + ": correction after the close recorded by " + user);
        }
        return report.body();
    }

    private Gateway.Answer take(Step step, Gateway.Answer report, String roundId, String measureId, ReportPlan plan) {
        String path = report(plan, report);
        String user = userOf(step, plan);
        return switch (step.action()) {
            case SUBMIT -> expect(gateway.post(path + "/submission", user, null, report.ifMatch()), 200);
            case REVISE -> expect(gateway.put(path, user, selfReport(roundId, measureId, step.selfReport()),
                    report.ifMatch()), 200);
            case RETURN -> expect(gateway.post(path + "/return", user,
                    json.createObjectNode().put("comment", step.comment()), report.ifMatch()), 200);
            case VERIFY -> expect(gateway.post(path + "/verification", user, verification(step), report.ifMatch()), 200);
        };
    }

    /** The region's reporter submits and revises; the verifier returns and verifies. */
    private String userOf(Step step, ReportPlan plan) {
        return switch (step.action()) {
            case SUBMIT, REVISE -> users.reporterOf(plan.region());
            case RETURN, VERIFY -> users.verifier();
        };
    }

    private ObjectNode verification(Step step) {
        ObjectNode body = json.createObjectNode();
        if (step.level() != null) {
            body.put("level", step.level());
        }
        if (step.share() != null) {
            body.put("share", step.share());
        }
        if (step.shareBasis() != null) {
            body.put("shareBasis", step.shareBasis());
        }
        if (step.comment() != null) {
            body.put("comment", step.comment());
        }
        return body;
    }

    private ObjectNode selfReport(String roundId, String measureId, ObjectNode content) {
        ObjectNode body = json.createObjectNode().put("roundId", roundId).put("measureId", measureId);
        body.setAll(content);
        return body;
    }

    /** The report with its ETag, or null when the region has not written it yet. */
    private Gateway.Answer find(String roundId, String measureId, ReportPlan plan) {
        Gateway.Answer list = expect(gateway.get(reports(plan) + "?roundId=" + roundId + "&measureId=" + measureId,
                users.admin()), 200);
        List<JsonNode> found = SeedCatalogue.items(list.body());
        if (found.isEmpty()) {
            return null;
        }
        return expect(gateway.get(reports(plan) + "/" + found.get(0).path("id").asString(), users.admin()), 200);
    }

    /**
     * How many steps the report has taken, checked against its status: every step and every correction is one
     * version, and corrections come only after all the steps (a correction may change the status).
     */
    private int resumeAt(Gateway.Answer report, ReportPlan plan) {
        int corrections = report.body().path("corrections").size();
        int done = version(report) - corrections;
        if (done < 0 || done > plan.steps().size() || corrections > 0 && done < plan.steps().size()
                || corrections == 0 && status(report) != plan.statusAfter(done)) {
            throw new DemoFailure(plan.name() + " is at version " + done + " with status " + status(report)
                    + ", which is not a point of its demo workflow (was it changed by hand?). Reset the local data "
                    + "(deploy/local/tiekartta down; rm -rf .local/mongo .local/seed-*) to load the demo afresh.");
        }
        return done;
    }

    private static void requireStatus(Gateway.Answer report, ReportStatus expected, ReportPlan plan) {
        if (status(report) != expected) {
            throw new DemoFailure(report.request() + " left " + plan.name() + " " + status(report) + ", expected "
                    + expected + ": " + report.text());
        }
    }

    private static ReportStatus status(Gateway.Answer report) {
        String status = report.body().path("status").asString("");
        try {
            return ReportStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new DemoFailure(report.request() + " answered a report with status '" + status + "': " + report.text());
        }
    }

    private static int version(Gateway.Answer report) {
        return report.body().path("version").asInt(-1);
    }

    private static String reports(ReportPlan plan) {
        return "/api/regions/" + plan.region() + "/reports";
    }

    private static String report(ReportPlan plan, Gateway.Answer report) {
        return reports(plan) + "/" + report.body().path("id").asString();
    }
}
