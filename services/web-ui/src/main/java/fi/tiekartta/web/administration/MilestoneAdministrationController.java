package fi.tiekartta.web.administration;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.MilestonesApi;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static fi.tiekartta.web.reporting.WorkSupport.ifMatch;
import static fi.tiekartta.web.reporting.WorkSupport.map;
import static fi.tiekartta.web.reporting.WorkSupport.value;
import static fi.tiekartta.web.reporting.WorkSupport.version;

/**
 * The programme administrator's milestone page: change the forecast (a period at the precision known, as
 * canonical text or as the Finnish sources write it) with the milestone's expected status, or record that it was
 * achieved (when, at the precision known, with evidence). Through milestone-service's API with the version the
 * administrator saw.
 */
@Controller
@RequestMapping("/administration/milestones/{milestoneId}")
class MilestoneAdministrationController {

    static final List<Option> EXPECTED_STATUSES = Option.of("work.milestoneStatus.", "PLANNED", "ON_TRACK", "AT_RISK");
    private static final Set<String> FINAL = Set.of("ACHIEVED", "MISSED", "CANCELLED");

    private final MilestonesApi milestones;
    private final FormProblems problems;
    private final Conflicts conflicts;
    private final WorkFormats formats;

    MilestoneAdministrationController(MilestonesApi milestones, FormProblems problems, Conflicts conflicts, WorkFormats formats) {
        this.milestones = milestones;
        this.problems = problems;
        this.conflicts = conflicts;
        this.formats = formats;
    }

    @GetMapping
    String milestone(@PathVariable String milestoneId, @RequestParam(required = false) String back,
                     @RequestParam(required = false) String done, Model model) {
        WorkSupport.administratorOnly();
        Versioned milestone = milestones.milestone(milestoneId);
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode body = milestone.body();
        form.put("forecast", body.path("forecast").path("value").asString(""));
        String status = body.path("status").asString("");
        form.put("forecast-status", EXPECTED_STATUSES.stream().anyMatch(option -> option.value().equals(status)) ? status : "PLANNED");
        return page(model, milestone, form, version(milestone.etag()), FormErrors.none(), null, null, back, done);
    }

    @PostMapping("/{action:forecast|achievement}")
    String change(@PathVariable String milestoneId, @PathVariable String action, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response) {
        WorkSupport.administratorOnly();
        String version = Objects.requireNonNullElse(form.get("version"), "");
        String back = form.get("back");
        Versioned current = milestones.milestone(milestoneId);
        FormErrors local = new FormErrors();
        if ("forecast".equals(action) && value(form, "forecast") == null) {
            local.field("forecast", problems.local("work.error.periodRequired"));
        }
        if ("achievement".equals(action) && value(form, "actual") == null) {
            local.field("actual", problems.local("work.error.periodRequired"));
        }
        if (local.any()) {
            response.setStatus(422);
            return page(model, current, form, version, local, null, action, back, null);
        }
        try {
            if ("forecast".equals(action)) {
                milestones.reviseMilestone(milestoneId, withNewForecast(current.body(), value(form, "forecast"), value(form, "forecast-status")), ifMatch(version));
            } else {
                Map<String, Object> achievement = new LinkedHashMap<>();
                achievement.put("actual", value(form, "actual"));
                String url = value(form, "evidence-url");
                if (url != null) {
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put("url", url);
                    if (value(form, "evidence-title") != null) {
                        link.put("title", value(form, "evidence-title"));
                    }
                    achievement.put("evidence", List.of(link));
                }
                milestones.recordAchievement(milestoneId, achievement, ifMatch(version));
            }
            UriComponentsBuilder target = UriComponentsBuilder.fromPath("/administration/milestones/{id}").queryParam("done", action);
            String backLink = WorkSupport.backLink(back, null);
            if (backLink != null) {
                target.queryParam("back", backLink);
            }
            return WorkSupport.seeOther(target.buildAndExpand(milestoneId).encode().toUriString());
        } catch (ApiProblem problem) {
            if (!WorkSupport.belongsToTheForm(problem)) {
                throw problem;
            }
            Versioned now = milestones.milestone(milestoneId);
            if (problem.isConflictWithAChangeMeanwhile()) {
                Conflict conflict = conflicts.between(milestones, MilestonesApi.MILESTONE, version, now.body(), this::shown, milestoneId);
                response.setStatus(409);
                return page(model, now, form, version(now.etag()), FormErrors.none(), conflict, action, back, null);
            }
            response.setStatus(422);
            return page(model, now, form, version, problems.read(problem, apiField -> fieldOf(action, apiField)), null, action, back, null);
        }
    }

    private String page(Model model, Versioned milestone, Map<String, String> form, String version, FormErrors errors,
                        Conflict conflict, String action, String back, String done) {
        Map<String, Object> shown = map(milestone.body());
        model.addAttribute("milestone", shown);
        model.addAttribute("isFinal", FINAL.contains(String.valueOf(shown.get("status"))));
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("retryAction", action);
        model.addAttribute("done", done);
        model.addAttribute("back", WorkSupport.backLink(back, null));
        model.addAttribute("backLink", WorkSupport.backLink(back, "/"));
        model.addAttribute("statuses", EXPECTED_STATUSES);
        model.addAttribute("basePath", "/administration/milestones/" + shown.get("id"));
        return "administration/milestone";
    }

    /** The whole milestone as the API takes it (PUT), with the new forecast and expected status. */
    static Map<String, Object> withNewForecast(JsonNode milestone, String forecast, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        putText(body, "code", milestone.path("code"));
        putText(body, "programmeId", milestone.path("programmeId"));
        body.put("parent", Map.of("kind", milestone.path("parent").path("kind").asString(""), "id", milestone.path("parent").path("id").asString("")));
        body.put("title", text(milestone.path("title")));
        body.put("baseline", milestone.path("baseline").path("value").asString(""));
        body.put("forecast", forecast);
        body.put("status", status == null ? "PLANNED" : status);
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (JsonNode link : milestone.path("evidence")) {
            Map<String, Object> kept = new LinkedHashMap<>();
            putText(kept, "url", link.path("url"));
            putText(kept, "title", link.path("title"));
            evidence.add(kept);
        }
        body.put("evidence", evidence);
        JsonNode basis = milestone.path("basis");
        if (basis.isObject()) {
            Map<String, Object> kept = new LinkedHashMap<>();
            putText(kept, "kind", basis.path("kind"));
            putText(kept, "source", basis.path("source"));
            if (basis.path("note").isObject()) {
                kept.put("note", text(basis.path("note")));
            }
            body.put("basis", kept);
        }
        return body;
    }

    private static Map<String, Object> text(JsonNode text) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String part : List.of("fi", "sv", "en", "original")) {
            putText(kept, part, text.path(part));
        }
        return kept;
    }

    private static void putText(Map<String, Object> map, String name, JsonNode value) {
        if (value.isString() && !value.asString().isBlank()) {
            map.put(name, value.asString());
        }
    }

    static String fieldOf(String action, String apiField) {
        if ("forecast".equals(action)) {
            return switch (apiField) {
                case "forecast" -> "forecast";
                case "status" -> "forecast-status";
                default -> null;
            };
        }
        return switch (apiField) {
            case "actual" -> "actual";
            case "evidence[0].url", "evidence" -> "evidence-url";
            case "evidence[0].title" -> "evidence-title";
            default -> null;
        };
    }

    private Map<String, String> shown(JsonNode milestone) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("work.milestone.status", formats.word("work.milestoneStatus.", milestone.path("status").asString("")));
        shown.put("work.milestone.forecast", period(milestone.path("forecast")));
        shown.put("work.milestone.actual", period(milestone.path("actual")));
        List<String> links = new ArrayList<>();
        milestone.path("evidence").forEach(link -> links.add(link.path("url").asString("")));
        shown.put("work.milestone.evidence", String.join(", ", links));
        return shown;
    }

    private static String period(JsonNode period) {
        if (!period.isObject()) {
            return "";
        }
        String language = fi.tiekartta.web.layout.Languages.current().code();
        JsonNode label = period.path("label").path(language);
        return label.isString() ? label.asString() : period.path("value").asString("");
    }
}
