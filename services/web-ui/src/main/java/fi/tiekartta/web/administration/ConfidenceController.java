package fi.tiekartta.web.administration;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import fi.tiekartta.web.api.WorkPackagesApi;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static fi.tiekartta.web.reporting.WorkSupport.ifMatch;
import static fi.tiekartta.web.reporting.WorkSupport.map;
import static fi.tiekartta.web.reporting.WorkSupport.value;
import static fi.tiekartta.web.reporting.WorkSupport.version;

/**
 * The programme administrator records a work package's delivery confidence (the five-point scale of government
 * major projects, each level a word) with its rationale; the earlier assessments are listed, the newest first.
 */
@Controller
@RequestMapping("/administration/work-packages/{workPackageId}/confidence")
class ConfidenceController {

    static final List<Option> RATINGS = Option.of("work.rating.", "GREEN", "AMBER_GREEN", "AMBER", "AMBER_RED", "RED");

    private final WorkPackagesApi workPackages;
    private final FormProblems problems;
    private final Conflicts conflicts;
    private final WorkFormats formats;

    ConfidenceController(WorkPackagesApi workPackages, FormProblems problems, Conflicts conflicts, WorkFormats formats) {
        this.workPackages = workPackages;
        this.problems = problems;
        this.conflicts = conflicts;
        this.formats = formats;
    }

    @GetMapping
    String confidence(@PathVariable String workPackageId, @RequestParam(required = false) String back,
                      @RequestParam(required = false) String done, Model model) {
        WorkSupport.administratorOnly();
        Versioned workPackage = workPackages.workPackage(workPackageId);
        return page(model, workPackage, new LinkedHashMap<>(), version(workPackage.etag()), FormErrors.none(), null, back, done);
    }

    @PostMapping
    String record(@PathVariable String workPackageId, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        WorkSupport.administratorOnly();
        String version = Objects.requireNonNullElse(form.get("version"), "");
        String back = form.get("back");
        FormErrors local = new FormErrors();
        if (value(form, "rating") == null) {
            local.field("rating", problems.local("work.error.ratingRequired"));
        }
        if (value(form, "rationale") == null) {
            local.field("rationale", problems.local("work.error.rationaleRequired"));
        }
        if (local.any()) {
            response.setStatus(422);
            return page(model, workPackages.workPackage(workPackageId), form, version, local, null, back, null);
        }
        try {
            workPackages.recordConfidence(workPackageId, Map.of("rating", value(form, "rating"), "rationale", value(form, "rationale")), ifMatch(version));
            UriComponentsBuilder target = UriComponentsBuilder.fromPath("/administration/work-packages/{id}/confidence").queryParam("done", "confidence");
            String backLink = WorkSupport.backLink(back, null);
            if (backLink != null) {
                target.queryParam("back", backLink);
            }
            return WorkSupport.seeOther(target.buildAndExpand(workPackageId).encode().toUriString());
        } catch (ApiProblem problem) {
            if (!WorkSupport.belongsToTheForm(problem)) {
                throw problem;
            }
            Versioned now = workPackages.workPackage(workPackageId);
            if (problem.isConflictWithAChangeMeanwhile()) {
                Conflict conflict = conflicts.between(workPackages, WorkPackagesApi.WORK_PACKAGE, version, now.body(), this::shown, workPackageId);
                response.setStatus(409);
                return page(model, now, form, version(now.etag()), FormErrors.none(), conflict, back, null);
            }
            response.setStatus(422);
            return page(model, now, form, version, problems.read(problem, ConfidenceController::fieldOf), null, back, null);
        }
    }

    private String page(Model model, Versioned workPackage, Map<String, String> form, String version, FormErrors errors,
                        Conflict conflict, String back, String done) {
        Map<String, Object> shown = map(workPackage.body());
        List<Object> history = new ArrayList<>(shown.get("confidenceHistory") instanceof List<?> list ? list : List.of());
        Collections.reverse(history);
        model.addAttribute("workPackage", shown);
        model.addAttribute("history", history);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("retryAction", "confidence");
        model.addAttribute("done", done);
        model.addAttribute("back", WorkSupport.backLink(back, null));
        model.addAttribute("backLink", WorkSupport.backLink(back, "/"));
        model.addAttribute("ratings", RATINGS);
        model.addAttribute("formAction", "/administration/work-packages/" + shown.get("id") + "/confidence");
        return "administration/confidence";
    }

    static String fieldOf(String apiField) {
        return switch (apiField) {
            case "rating", "rationale" -> apiField;
            default -> null;
        };
    }

    private Map<String, String> shown(JsonNode workPackage) {
        Map<String, String> shown = new LinkedHashMap<>();
        JsonNode confidence = workPackage.path("confidence");
        shown.put("work.confidence.rating", formats.word("work.rating.", confidence.path("rating").asString("")));
        shown.put("work.confidence.rationale", confidence.path("rationale").asString(""));
        shown.put("work.confidence.assessedBy", confidence.path("assessedBy").asString(""));
        return shown;
    }
}
