package fi.tiekartta.web.verification;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.RegionsApi;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import fi.tiekartta.web.reporting.Conflict;
import fi.tiekartta.web.reporting.Conflicts;
import fi.tiekartta.web.reporting.FormErrors;
import fi.tiekartta.web.reporting.FormProblems;
import fi.tiekartta.web.reporting.Option;
import fi.tiekartta.web.reporting.WorkFormats;
import fi.tiekartta.web.reporting.WorkSupport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static fi.tiekartta.web.reporting.WorkSupport.ifMatch;
import static fi.tiekartta.web.reporting.WorkSupport.map;
import static fi.tiekartta.web.reporting.WorkSupport.value;
import static fi.tiekartta.web.reporting.WorkSupport.version;

import static fi.tiekartta.web.api.JsonModels.content;
import static fi.tiekartta.web.api.JsonModels.cells;

/**
 * The verifier's pages: the queue of submitted reports of every region (by round, the oldest submission first), and
 * one report to verify (with the verifier's own level and share and a comment) or to return with a comment; after
 * the round's close, a correction of the verified value with a reason.
 */
@Controller
@RequestMapping("/verification")
class VerificationController {

    static final List<Option> LEVELS = Option.of("work.level.", "NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED");
    static final List<Option> SHARE_BASES = Option.of("work.shareBasis.", "POPULATION", "MUNICIPALITIES");

    private final RegionsApi regions;
    private final FormProblems problems;
    private final Conflicts conflicts;
    private final WorkFormats formats;

    VerificationController(RegionsApi regions, FormProblems problems, Conflicts conflicts, WorkFormats formats) {
        this.regions = regions;
        this.problems = problems;
        this.conflicts = conflicts;
        this.formats = formats;
    }

    /** One submitted report waiting for a verifier. */
    record QueueItem(Map<String, Object> cell, String submittedAt, String reporter) {
    }

    /** A round's waiting reports, the oldest submission first. */
    record QueueGroup(Map<String, Object> round, List<QueueItem> items) {
    }

    @GetMapping
    String queue(@RequestParam(required = false) String done, Model model) {
        if (!WorkSupport.user().isVerifier()) {
            throw WorkSupport.forbidden();
        }
        List<QueueGroup> groups = new ArrayList<>();
        List<QueueGroup> correctable = new ArrayList<>();
        for (Map<String, Object> round : content(regions.rounds())) {
            List<QueueItem> items = new ArrayList<>();
            List<QueueItem> decided = new ArrayList<>();
            for (Map<String, Object> cell : cells(regions.matrix((String) round.get("id"), null))) {
                boolean closed = !Boolean.TRUE.equals(round.get("acceptingReports"));
                if (closed && cell.get("reportId") != null && ("VERIFIED".equals(cell.get("status")) || "RETURNED".equals(cell.get("status")))) {
                    decided.add(new QueueItem(cell, "", ""));
                }
                if ("SUBMITTED".equals(cell.get("status")) && cell.get("reportId") != null) {
                    JsonNode report = regions.report((String) cell.get("regionCode"), (String) cell.get("reportId")).body();
                    items.add(new QueueItem(cell, report.path("submittedAt").asString(""), report.path("reporter").asString("")));
                }
            }
            if (!items.isEmpty()) {
                items.sort(Comparator.comparing(QueueItem::submittedAt));
                groups.add(new QueueGroup(round, items));
            }
            if (!decided.isEmpty()) {
                correctable.add(new QueueGroup(round, decided));
            }
        }
        model.addAttribute("correctable", correctable);
        groups.sort(Comparator.comparing(group -> group.items().get(0).submittedAt()));
        model.addAttribute("groups", groups);
        model.addAttribute("done", done);
        return "verification/queue";
    }

    @GetMapping("/regions/{code}/reports/{id}")
    String report(@PathVariable String code, @PathVariable String id, @RequestParam(required = false) String done, Model model) {
        Versioned report = regions.report(code, id);
        return page(model, code, report, defaults(report.body()), version(report.etag()), FormErrors.none(), null, null, done);
    }

    @PostMapping("/regions/{code}/reports/{id}/{action:verify|return|correct}")
    String decide(@PathVariable String code, @PathVariable String id, @PathVariable String action,
                  @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        String version = Objects.requireNonNullElse(form.get("version"), "");
        FormErrors local = checkLocally(action, form);
        if (!local.any()) {
            try {
                switch (action) {
                    case "verify" -> regions.verifyReport(code, id, verifiedValue(action, form), ifMatch(version));
                    case "return" -> regions.returnReport(code, id, Map.of("comment", Objects.requireNonNullElse(value(form, "return-comment"), "")), ifMatch(version));
                    default -> regions.correctReport(code, id, Map.of("reason", value(form, "correct-reason"), "verified", verifiedValue(action, form)), ifMatch(version));
                }
                return WorkSupport.seeOther("correct".equals(action)
                        ? UriComponentsBuilder.fromPath("/verification/regions/{code}/reports/{id}").queryParam("done", "corrected")
                        .buildAndExpand(code, id).encode().toUriString()
                        : "/verification?done=" + ("verify".equals(action) ? "verified" : "returned"));
            } catch (ApiProblem problem) {
                if (!WorkSupport.belongsToTheForm(problem)) {
                    throw problem;
                }
                Versioned now = regions.report(code, id);
                Map<String, String> shownForm = defaults(now.body());
                shownForm.putAll(form);
                if (problem.isConflictWithAChangeMeanwhile()) {
                    Conflict conflict = conflicts.between(regions, RegionsApi.REPORT, version, now.body(), this::shown, code, id);
                    response.setStatus(409);
                    return page(model, code, now, shownForm, version(now.etag()), FormErrors.none(), conflict, action, null);
                }
                response.setStatus(422);
                return page(model, code, now, shownForm, version, problems.read(problem, apiField -> fieldOf(action, apiField)), null, action, null);
            }
        }
        Versioned now = regions.report(code, id);
        Map<String, String> shownForm = defaults(now.body());
        shownForm.putAll(form);
        response.setStatus(422);
        return page(model, code, now, shownForm, version, local, null, action, null);
    }

    private String page(Model model, String code, Versioned report, Map<String, String> form, String version,
                        FormErrors errors, Conflict conflict, String action, String done) {
        Map<String, Object> shown = map(report.body());
        Map<String, Object> round = regions.round((String) shown.get("roundId"));
        boolean accepting = Boolean.TRUE.equals(round.get("acceptingReports"));
        String status = (String) shown.get("status");
        boolean verifier = WorkSupport.user().isVerifier();
        String mode = !verifier ? "view"
                : accepting && "SUBMITTED".equals(status) ? "decide"
                : !accepting && status != null && !"DRAFT".equals(status) ? "correct"
                : "view";
        model.addAttribute("code", code);
        model.addAttribute("report", shown);
        model.addAttribute("round", round);
        model.addAttribute("mode", mode);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("retryAction", action);
        model.addAttribute("done", done);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("shareBases", SHARE_BASES);
        model.addAttribute("basePath", "/verification/regions/" + code + "/reports/" + shown.get("id"));
        return "verification/report";
    }

    /** The forms' starting values: the verifier's value starts from the region's own (or, to correct, the verified one). */
    private static Map<String, String> defaults(JsonNode report) {
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode self = report.path("selfReport");
        JsonNode verified = report.path("verified");
        JsonNode forCorrection = verified.isObject() && verified.path("level").isString() ? verified : self;
        put(form, "verify", self);
        put(form, "correct", forCorrection);
        return form;
    }

    private static void put(Map<String, String> form, String prefix, JsonNode value) {
        if (value.path("level").isString()) {
            form.put(prefix + "-level", value.path("level").asString());
        }
        if (value.path("share").isNumber()) {
            form.put(prefix + "-share", value.path("share").decimalValue().stripTrailingZeros().toPlainString());
        }
        if (value.path("shareBasis").isString()) {
            form.put(prefix + "-shareBasis", value.path("shareBasis").asString());
        }
    }

    /** The verified value the API takes ({level, share, shareBasis, comment}) from the verify or correct form. */
    private static Map<String, Object> verifiedValue(String action, Map<String, String> form) {
        String prefix = "verify".equals(action) ? "verify" : "correct";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("level", value(form, prefix + "-level"));
        BigDecimal share = WorkSupport.number(value(form, prefix + "-share"));
        value.put("share", share);
        value.put("shareBasis", value(form, prefix + "-shareBasis"));
        value.put("comment", value(form, prefix + "-comment"));
        value.values().removeIf(Objects::isNull);
        return value;
    }

    private FormErrors checkLocally(String action, Map<String, String> form) {
        FormErrors errors = new FormErrors();
        if (!"return".equals(action)) {
            String prefix = "verify".equals(action) ? "verify" : "correct";
            try {
                WorkSupport.number(value(form, prefix + "-share"));
            } catch (NumberFormatException notANumber) {
                errors.field(prefix + "-share", problems.local("work.error.number"));
            }
        }
        if ("return".equals(action) && value(form, "return-comment") == null) {
            errors.field("return-comment", problems.local("work.error.returnCommentRequired"));
        }
        if ("correct".equals(action) && value(form, "correct-reason") == null) {
            errors.field("correct-reason", problems.local("work.error.reasonRequired"));
        }
        return errors;
    }

    static String fieldOf(String action, String apiField) {
        String field = apiField.replaceFirst("^verified\\.", "");
        String prefix = switch (action) {
            case "verify" -> "verify";
            case "return" -> "return";
            default -> "correct";
        };
        return switch (field) {
            case "level", "share", "shareBasis" -> "return".equals(action) ? null : prefix + "-" + field;
            case "comment" -> prefix + "-comment";
            case "reason" -> "correct".equals(action) ? "correct-reason" : null;
            default -> null;
        };
    }

    private Map<String, String> shown(JsonNode report) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("work.report.status", formats.word("work.status.", report.path("status").asString("")));
        shown.put("work.report.level", formats.implementation(report.path("selfReport")));
        shown.put("work.report.narrative", WorkFormats.anyText(report.path("selfReport").path("narrative")));
        shown.put("work.report.verified", formats.implementation(report.path("verified")));
        shown.put("work.report.returnComment", report.path("returned").path("comment").asString(""));
        return shown;
    }


}
