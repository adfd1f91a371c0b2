package fi.tiekartta.web.roadmap;

import fi.tiekartta.web.api.ProgressApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fi.tiekartta.web.api.JsonModels.list;

/**
 * The national roadmap of a programme (the front page), a work package and a measure: read from progress-service's
 * views, as of a day when asked.
 */
@Controller
public class RoadmapController {

    private final ProgressApi progress;

    public RoadmapController(ProgressApi progress) {
        this.progress = progress;
    }

    @GetMapping("/")
    String frontPage(@RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "asOf", required = false) String asOf, Model model, HttpServletResponse response) {
        String code = ReadPages.given(programme);
        model.addAttribute("hidden", code == null ? Map.of() : Map.of("programme", code));
        return roadmap(code == null ? ReadPages.DEFAULT_PROGRAMME : code, asOf, model, response);
    }

    @GetMapping("/programmes/{code}")
    String roadmap(@PathVariable String code, @RequestParam(name = "asOf", required = false) String asked, Model model,
            HttpServletResponse response) {
        AsOf asOf = AsOf.of(asked);
        model.addAttribute("code", code);
        model.addAttribute("asOf", asOf);
        model.addAttribute("programmes", ReadPages.programmes(progress));
        Map<String, Object> roadmap = ReadPages.readAsOf(asOf, model, response, () -> progress.roadmap(code, asOf.parameter()));
        if (roadmap == null) {
            return ReadPages.NO_DATA_AS_OF;
        }
        if (!model.containsAttribute("hidden")) {
            model.addAttribute("hidden", Map.of());
        }
        boolean coverageIllustrative = ReadPages.regionalFiguresAreIllustrative(progress, code, asOf);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("coverageIllustrative", coverageIllustrative);
        model.addAttribute("illustrative", coverageIllustrative || Illustrative.anyIn(roadmap));
        model.addAttribute("exports", ReadLinks.roadmapExports(code));
        model.addAttribute("timeline", TimelineChart.of((List<?>) roadmap.get("terms"), (List<?>) roadmap.get("timeline"),
                asOf.parameter()));
        return "roadmap/roadmap";
    }

    @GetMapping("/programmes/{code}/work-packages/{workPackage}")
    String workPackage(@PathVariable String code, @PathVariable String workPackage,
            @RequestParam(name = "asOf", required = false) String asked, Model model, HttpServletResponse response) {
        AsOf asOf = AsOf.of(asked);
        model.addAttribute("code", code);
        model.addAttribute("asOf", asOf);
        Map<String, Object> detail = ReadPages.readAsOf(asOf, model, response,
                () -> progress.workPackage(code, workPackage, asOf.parameter()));
        if (detail == null) {
            return ReadPages.NO_DATA_AS_OF;
        }
        boolean coverageIllustrative = ReadPages.regionalFiguresAreIllustrative(progress, code, asOf);
        model.addAttribute("wp", detail);
        model.addAttribute("hidden", Map.of());
        model.addAttribute("milestoneLinks", true);
        model.addAttribute("coverageIllustrative", coverageIllustrative);
        model.addAttribute("illustrative", coverageIllustrative || Illustrative.anyIn(detail));
        model.addAttribute("exports", ReadLinks.roadmapExports(code));
        model.addAttribute("timeline", TimelineChart.of(terms(detail), (List<?>) detail.get("milestones"), asOf.parameter()));
        return "roadmap/work-package";
    }

    @GetMapping("/programmes/{code}/work-packages/{workPackage}/measures/{measureCode}")
    String measure(@PathVariable String code, @PathVariable String workPackage, @PathVariable String measureCode,
            @RequestParam(name = "asOf", required = false) String asked, Model model, HttpServletResponse response) {
        AsOf asOf = AsOf.of(asked);
        model.addAttribute("code", code);
        model.addAttribute("asOf", asOf);
        Map<String, Object> detail = ReadPages.readAsOf(asOf, model, response,
                () -> progress.workPackage(code, workPackage, asOf.parameter()));
        if (detail == null) {
            return ReadPages.NO_DATA_AS_OF;
        }
        Map<String, Object> measure = list(detail.get("measures")).stream()
                .filter(candidate -> measureCode.equals(candidate.get("code"))).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No measure " + measureCode));
        List<Map<String, Object>> milestones = list(detail.get("milestones")).stream()
                .filter(milestone -> milestone.get("parent") instanceof Map<?, ?> parent && measureCode.equals(parent.get("code")))
                .toList();
        List<Map<String, Object>> implementation = new ArrayList<>();
        for (Map<String, Object> row : list(detail.get("implementation"))) {
            if (row.get("measures") instanceof Map<?, ?> cells && cells.get(measureCode) instanceof Map<?, ?> cell) {
                implementation.add(Map.of("regionCode", row.get("regionCode"), "regionName", row.get("regionName"), "cell", cell));
            }
        }
        boolean coverageIllustrative = ReadPages.regionalFiguresAreIllustrative(progress, code, asOf);
        model.addAttribute("wp", detail);
        model.addAttribute("hidden", Map.of());
        model.addAttribute("milestoneLinks", true);
        model.addAttribute("coverageIllustrative", coverageIllustrative);
        model.addAttribute("illustrative", coverageIllustrative || Illustrative.anyIn(measure) || Illustrative.anyIn(milestones));
        model.addAttribute("measure", measure);
        model.addAttribute("milestones", milestones);
        model.addAttribute("implementation", implementation);
        model.addAttribute("timeline", TimelineChart.of(terms(detail), milestones, asOf.parameter()));
        return "roadmap/measure";
    }

    private static List<?> terms(Map<String, Object> detail) {
        return detail.get("programme") instanceof Map<?, ?> programme && programme.get("terms") instanceof List<?> terms ? terms : List.of();
    }

}
