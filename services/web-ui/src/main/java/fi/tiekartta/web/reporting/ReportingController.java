package fi.tiekartta.web.reporting;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.JsonModels;
import fi.tiekartta.web.api.RegionsApi;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import fi.tiekartta.web.security.CurrentUser;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static fi.tiekartta.web.reporting.WorkSupport.ifMatch;
import static fi.tiekartta.web.reporting.WorkSupport.map;
import static fi.tiekartta.web.reporting.WorkSupport.value;
import static fi.tiekartta.web.reporting.WorkSupport.version;

import static fi.tiekartta.web.api.JsonModels.list;
import static fi.tiekartta.web.api.JsonModels.cells;

/**
 * The region reporter's pages: the rounds their region is asked to report in with its reports per measure, and the
 * form of one report (fill with the previous round's values as a starting point if wanted, save as a draft, submit,
 * see a return and its comment, and after the close correct with a reason). Every change goes through
 * region-service's API with the user's token; the API decides who may write what.
 */
@Controller
@RequestMapping("/reporting")
class ReportingController {

    static final List<Option> LEVELS = Option.of("work.level.", "NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED");
    static final List<Option> SHARE_BASES = Option.of("work.shareBasis.", "POPULATION", "MUNICIPALITIES");
    static final List<Option> NARRATIVE_LANGUAGES = Option.of("work.narrativeLanguage.", "fi", "sv");
    private static final int MAX_EVIDENCE = 20;
    private static final Pattern EVIDENCE_FIELD = Pattern.compile("^(?:selfReport\\.)?evidence\\[(\\d+)]\\.(url|title)$");
    private static final Pattern EVIDENCE_FORM_FIELD = Pattern.compile("^evidence-(\\d+)-url$");

    private final RegionsApi regions;
    private final FormProblems problems;
    private final Conflicts conflicts;
    private final WorkFormats formats;

    ReportingController(RegionsApi regions, FormProblems problems, Conflicts conflicts, WorkFormats formats) {
        this.regions = regions;
        this.formats = formats;
        this.problems = problems;
        this.conflicts = conflicts;
    }

    /** The rounds of the reporter's region, the newest first, each with the region's cell per measure. */
    @GetMapping
    String rounds(Model model) {
        CurrentUser user = WorkSupport.user();
        if (!user.isReporter()) {
            throw WorkSupport.forbidden();
        }
        String region = user.region();
        List<Map<String, Object>> rounds = new ArrayList<>(JsonModels.content(regions.roundsOfRegion(region)));
        rounds.sort(Comparator.comparing((Map<String, Object> round) -> !Boolean.TRUE.equals(round.get("acceptingReports")))
                .thenComparing(round -> String.valueOf(round.get("deadline")), Comparator.reverseOrder()));
        List<RoundCells> shown = rounds.stream()
                .map(round -> new RoundCells(round, cells(regions.matrix((String) round.get("id"), region))))
                .toList();
        model.addAttribute("region", region);
        model.addAttribute("regionName", rounds.stream().map(round -> regionName(round, region)).filter(Objects::nonNull).findFirst().orElse(null));
        model.addAttribute("rounds", shown);
        return "reporting/rounds";
    }

    /** A round and the region's cells in it. */
    record RoundCells(Map<String, Object> round, List<Map<String, Object>> cells) {
    }

    @GetMapping("/regions/{code}/rounds/{roundId}/measures/{measureId}")
    String report(@PathVariable String code, @PathVariable String roundId, @PathVariable String measureId,
                  @RequestParam(required = false) String prefill, @RequestParam(required = false) String done, Model model) {
        Cell cell = cell(code, roundId, measureId);
        Map<String, String> form = cell.report == null ? new LinkedHashMap<>() : formOf(cell.report.body().path("selfReport"));
        boolean prefilled = false;
        if ("previous".equals(prefill) && cell.previous != null) {
            form = formOf(cell.previous.path("selfReport"));
            prefilled = true;
        }
        String version = cell.report == null ? "" : version(cell.report.etag());
        return page(model, cell, form, version, FormErrors.none(), null, done, prefilled);
    }

    @PostMapping("/regions/{code}/rounds/{roundId}/measures/{measureId}")
    String save(@PathVariable String code, @PathVariable String roundId, @PathVariable String measureId,
                @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Cell cell = cell(code, roundId, measureId);
        String action = Objects.requireNonNullElse(form.get("action"), "save");
        String version = Objects.requireNonNullElse(form.get("version"), "");
        String reportId = cell.report == null ? null : cell.report.body().path("id").asString();
        JsonNode existing = cell.report == null ? null : cell.report.body().path("selfReport");

        FormErrors local = checkLocally(form, "correct".equals(action));
        if (local.any()) {
            response.setStatus(422);
            return page(model, cell, form, version, local, null, null, false);
        }
        Map<String, Object> content = content(form, existing);
        Versioned saved = null;
        try {
            if ("correct".equals(action)) {
                if (reportId == null) {
                    throw WorkSupport.forbidden();
                }
                regions.correctReport(code, reportId, Map.of("reason", value(form, "reason"), "selfReport", content), ifMatch(version));
                return redirect(code, roundId, measureId, "corrected");
            }
            if (reportId == null) {
                Map<String, Object> draft = new LinkedHashMap<>();
                draft.put("roundId", roundId);
                draft.put("measureId", measureId);
                draft.putAll(content);
                saved = regions.draftReport(code, draft);
            } else {
                saved = regions.editReport(code, reportId, content, ifMatch(version));
            }
            if ("submit".equals(action)) {
                regions.submitReport(code, saved.body().path("id").asString(), saved.etag());
                return redirect(code, roundId, measureId, "submitted");
            }
            return redirect(code, roundId, measureId, "saved");
        } catch (ApiProblem problem) {
            if (!WorkSupport.belongsToTheForm(problem)) {
                throw problem;
            }
            Cell now = cell(code, roundId, measureId);
            String versionNow = now.report == null ? version : version(now.report.etag());
            if (problem.isConflictWithAChangeMeanwhile() && now.report != null) {
                Conflict conflict = conflicts.between(regions, RegionsApi.REPORT, version, now.report.body(), this::shown, code, reportId);
                response.setStatus(409);
                return page(model, now, form, versionNow, FormErrors.none(), conflict, null, false);
            }
            response.setStatus(422);
            FormErrors errors = problems.read(problem, ReportingController::fieldOf)
                    .inFormOrder(List.of("level", "share", "shareBasis", "narrative", "evidence-", "reason"));
            String notice = saved != null ? "submitFailedDraftSaved" : null;
            // After a save that went through, the form goes on from the saved version.
            return page(model, now, form, saved != null ? versionNow : version, errors, null, notice, false);
        }
    }

    private String page(Model model, Cell cell, Map<String, String> form, String version, FormErrors errors,
                        Conflict conflict, String done, boolean prefilled) {
        CurrentUser user = WorkSupport.user();
        Map<String, Object> report = cell.report == null ? null : map(cell.report.body());
        String status = report == null ? null : (String) report.get("status");
        boolean accepting = Boolean.TRUE.equals(cell.round.get("acceptingReports"));
        boolean mayWrite = user.isReporter() && cell.code.equals(user.region());
        String mode;
        if (mayWrite && accepting && (status == null || "DRAFT".equals(status) || "RETURNED".equals(status))) {
            mode = "edit";
        } else if (mayWrite && !accepting && status != null && !"DRAFT".equals(status)) {
            mode = "correct";
        } else {
            mode = "view";
        }
        model.addAttribute("code", cell.code);
        model.addAttribute("round", cell.round);
        model.addAttribute("measure", cell.measure);
        model.addAttribute("regionName", regionName(cell.round, cell.code));
        model.addAttribute("report", report);
        model.addAttribute("previous", map(cell.previous));
        model.addAttribute("previousRound", cell.previousRound);
        model.addAttribute("prefilled", prefilled);
        model.addAttribute("mode", mode);
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("form", form);
        model.addAttribute("evidenceRows", evidenceRows(form));
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("retryAction", Objects.requireNonNullElse(form.get("action"), "save"));
        model.addAttribute("done", done);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("shareBases", SHARE_BASES);
        model.addAttribute("narrativeLanguages", NARRATIVE_LANGUAGES);
        model.addAttribute("formAction", "/reporting/regions/" + cell.code + "/rounds/" + cell.roundId + "/measures/" + cell.measureId);
        return "reporting/report";
    }

    /** One cell of a round for a region: the round, its measure, the report if any, and the previous round's report. */
    private record Cell(String code, String roundId, String measureId, Map<String, Object> round, Map<String, Object> measure,
                        Versioned report, Map<String, Object> previousRound, JsonNode previous) {
    }

    private Cell cell(String code, String roundId, String measureId) {
        Map<String, Object> round = regions.round(roundId);
        Map<String, Object> measure = list(round.get("measures")).stream()
                .filter(candidate -> measureId.equals(candidate.get("measureId"))).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "Not found", null, List.of()));
        Versioned report = null;
        List<Map<String, Object>> found = JsonModels.content(regions.reportsOfCell(code, roundId, measureId));
        if (!found.isEmpty()) {
            report = regions.report(code, (String) found.get(0).get("id"));
        }
        Map<String, Object> previousRound = null;
        JsonNode previous = null;
        for (Map<String, Object> earlierRound : earlierRounds(code, round)) {
            List<Map<String, Object>> earlier = JsonModels.content(regions.reportsOfCell(code, (String) earlierRound.get("id"), measureId));
            if (!earlier.isEmpty()) {
                previousRound = earlierRound;
                previous = regions.report(code, (String) earlier.get(0).get("id")).body();
                break;
            }
        }
        return new Cell(code, roundId, measureId, round, measure, report, previousRound, previous);
    }

    /**
     * The region's earlier rounds of the same programme, latest deadline first, at most {@value #ROUNDS_LOOKED_BACK}:
     * the previous values offered are those of the latest round in which the region reported the measure (a round
     * may leave a measure out).
     */
    private List<Map<String, Object>> earlierRounds(String code, Map<String, Object> round) {
        String deadline = String.valueOf(round.get("deadline"));
        return JsonModels.content(regions.roundsOfRegion(code)).stream()
                .filter(candidate -> Objects.equals(candidate.get("programmeId"), round.get("programmeId")))
                .filter(candidate -> String.valueOf(candidate.get("deadline")).compareTo(deadline) < 0)
                .sorted(Comparator.comparing((Map<String, Object> candidate) -> String.valueOf(candidate.get("deadline"))).reversed())
                .limit(ROUNDS_LOOKED_BACK)
                .toList();
    }

    private static final int ROUNDS_LOOKED_BACK = 8;

    /** The form's fields from a self-report (the report's own, or the previous round's as a starting point). */
    static Map<String, String> formOf(JsonNode selfReport) {
        Map<String, String> form = new LinkedHashMap<>();
        if (selfReport == null || selfReport.isNull() || selfReport.isMissingNode()) {
            return form;
        }
        text(selfReport.path("level")).ifPresent(level -> form.put("level", level));
        text(selfReport.path("share")).ifPresent(share -> form.put("share", new BigDecimal(share).stripTrailingZeros().toPlainString()));
        text(selfReport.path("shareBasis")).ifPresent(basis -> form.put("shareBasis", basis));
        JsonNode narrative = selfReport.path("narrative");
        String language = text(narrative.path("original")).filter(code -> code.equals("fi") || code.equals("sv")).orElse("fi");
        form.put("narrativeLanguage", language);
        text(narrative.path(language)).ifPresent(text -> form.put("narrative", text));
        int row = 0;
        for (JsonNode link : selfReport.path("evidence")) {
            form.put("evidence-" + row + "-url", text(link.path("url")).orElse(""));
            form.put("evidence-" + row + "-title", text(link.path("title")).orElse(""));
            row++;
        }
        return form;
    }

    /** The self-report content the API takes, from the form, keeping the indicators the report already has. */
    static Map<String, Object> content(Map<String, String> form, JsonNode existing) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("level", value(form, "level"));
        BigDecimal share = WorkSupport.number(value(form, "share"));
        content.put("share", share);
        content.put("shareBasis", value(form, "shareBasis"));
        String narrative = value(form, "narrative");
        if (narrative != null) {
            String language = "sv".equals(form.get("narrativeLanguage")) ? "sv" : "fi";
            Map<String, Object> text = new LinkedHashMap<>();
            text.put(language, narrative);
            text.put("original", language);
            content.put("narrative", text);
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        if (existing != null) {
            for (JsonNode indicator : existing.path("indicators")) {
                Map<String, Object> kept = new LinkedHashMap<>();
                Map<String, Object> name = new LinkedHashMap<>();
                for (String part : List.of("fi", "sv", "en", "original")) {
                    text(indicator.path("name").path(part)).ifPresent(text -> name.put(part, text));
                }
                kept.put("name", name);
                kept.put("unit", indicator.path("unit").asString(""));
                for (String figure : List.of("baseline", "target", "actual")) {
                    if (indicator.path(figure).isNumber()) {
                        kept.put(figure, indicator.path(figure).decimalValue());
                    }
                }
                indicators.add(kept);
            }
        }
        content.put("indicators", indicators);
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (int row : evidenceRows(form)) {
            String url = value(form, "evidence-" + row + "-url");
            if (url != null) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("url", url);
                String title = value(form, "evidence-" + row + "-title");
                if (title != null) {
                    link.put("title", title);
                }
                evidence.add(link);
            }
        }
        content.put("evidence", evidence);
        content.values().removeIf(Objects::isNull);
        return content;
    }

    /** What the page finds wrong before asking the service: a share that is not a number, a correction without a reason. */
    private FormErrors checkLocally(Map<String, String> form, boolean correcting) {
        FormErrors errors = new FormErrors();
        try {
            WorkSupport.number(value(form, "share"));
        } catch (NumberFormatException notANumber) {
            errors.field("share", problems.local("work.error.number"));
        }
        if (correcting && value(form, "reason") == null) {
            errors.field("reason", problems.local("work.error.reasonRequired"));
        }
        return errors;
    }

    /** The form field an API field concerns. */
    static String fieldOf(String apiField) {
        String field = apiField.replaceFirst("^selfReport\\.", "");
        Matcher evidence = EVIDENCE_FIELD.matcher(apiField);
        if (evidence.matches()) {
            return "evidence-" + evidence.group(1) + "-" + evidence.group(2);
        }
        if (field.startsWith("narrative")) {
            return "narrative";
        }
        return switch (field) {
            case "level", "share", "shareBasis", "reason" -> field;
            case "evidence" -> "evidence-0-url";
            default -> null;
        };
    }

    /** The evidence rows the form shows: those it has and one empty row to add a link. */
    static List<Integer> evidenceRows(Map<String, String> form) {
        int highest = form.keySet().stream().map(EVIDENCE_FORM_FIELD::matcher).filter(Matcher::matches)
                .mapToInt(matcher -> Integer.parseInt(matcher.group(1))).max().orElse(-1);
        boolean lastUsed = highest < 0 || value(form, "evidence-" + highest + "-url") != null;
        int rows = Math.min(MAX_EVIDENCE, highest + 1 + (lastUsed ? 1 : 0));
        return IntStream.range(0, Math.max(rows, 1)).boxed().toList();
    }

    /** The values the form shows, for what changed meanwhile. */
    private Map<String, String> shown(JsonNode report) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("work.report.status", formats.word("work.status.", report.path("status").asString("")));
        shown.put("work.report.level", formats.implementation(report.path("selfReport")));
        shown.put("work.report.narrative", WorkFormats.anyText(report.path("selfReport").path("narrative")));
        List<String> links = new ArrayList<>();
        report.path("selfReport").path("evidence").forEach(link -> links.add(link.path("url").asString("")));
        shown.put("work.report.evidence", String.join(", ", links));
        shown.put("work.report.returnComment", report.path("returned").path("comment").asString(""));
        shown.put("work.report.verified", formats.implementation(report.path("verified")));
        return shown;
    }

    private static String redirect(String code, String roundId, String measureId, String done) {
        return WorkSupport.seeOther(UriComponentsBuilder.fromPath("/reporting/regions/{code}/rounds/{round}/measures/{measure}")
                .queryParam("done", done).buildAndExpand(code, roundId, measureId).encode().toUriString());
    }

    /** The region's name ({fi, sv, en}) as the round names it, or null. */
    static Object regionName(Map<String, Object> round, String code) {
        return list(round.get("regions")).stream().filter(region -> code.equals(region.get("code")))
                .map(region -> region.get("name")).filter(Objects::nonNull).findFirst().orElse(null);
    }




    private static java.util.Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asString("").isBlank()
                ? java.util.Optional.empty() : java.util.Optional.of(node.asString());
    }
}
