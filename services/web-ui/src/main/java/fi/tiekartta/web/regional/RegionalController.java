package fi.tiekartta.web.regional;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ProgressApi;
import fi.tiekartta.web.roadmap.AsOf;
import fi.tiekartta.web.roadmap.Illustrative;
import fi.tiekartta.web.roadmap.ReadLinks;
import fi.tiekartta.web.roadmap.ReadPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fi.tiekartta.web.api.JsonModels.list;

/**
 * The regional heatmap (the 22 organisers by cooperation area × measures) and a region's page, from
 * progress-service's regional matrix and region views.
 */
@Controller
public class RegionalController {

    /** The heatmap's views: the latest levels across rounds, or one round as reported at its deadline or as corrected. */
    public static final List<String> VIEWS = List.of("current", "reported", "corrected");

    private final ProgressApi progress;

    public RegionalController(ProgressApi progress) {
        this.progress = progress;
    }

    @GetMapping("/regional")
    String heatmap(@RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "round", required = false) String round,
            @RequestParam(name = "view", required = false) String view,
            @RequestParam(name = "asOf", required = false) String asked, Model model, HttpServletResponse response) {
        String code = ReadPages.given(programme) == null ? ReadPages.DEFAULT_PROGRAMME : ReadPages.given(programme);
        String chosenView = view != null && VIEWS.contains(view) ? view : null;
        String roundId = "current".equals(chosenView) ? null : ReadPages.given(round);
        if (roundId == null) {
            chosenView = "current";
        } else if (chosenView == null || "current".equals(chosenView)) {
            chosenView = "corrected";
        }
        AsOf asOf = roundId == null ? AsOf.of(asked) : AsOf.of(null);
        model.addAttribute("code", code);
        model.addAttribute("roundId", roundId);
        model.addAttribute("view", chosenView);
        model.addAttribute("asOf", asOf);
        model.addAttribute("programmes", ReadPages.programmes(progress));
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("programme", code);
        model.addAttribute("hidden", hidden);

        Map<String, Object> matrix;
        List<?> rounds;
        try {
            if (roundId == null) {
                matrix = ReadPages.readAsOf(asOf, model, response, () -> progress.regionalMatrix(code, null, null, asOf.parameter()));
                if (matrix == null) {
                    return ReadPages.NO_DATA_AS_OF;
                }
                rounds = (List<?>) matrix.get("rounds");
            } else {
                matrix = progress.regionalMatrix(code, roundId, "reported".equals(chosenView) ? "deadline" : "corrected", null);
                rounds = (List<?>) progress.regionalMatrix(code, null, null, null).get("rounds");
            }
        } catch (ApiProblem | ResponseStatusException problem) {
            int status = problem instanceof ApiProblem api ? api.status() : ((ResponseStatusException) problem).getStatusCode().value();
            if (status != 404) {
                throw problem;
            }
            // A programme without reporting rounds (or no such programme): the page says so, with the picker.
            response.setStatus(404);
            model.addAttribute("noRounds", true);
            model.addAttribute("rounds", List.of());
            return "regional/heatmap";
        }
        model.addAttribute("noRounds", false);
        model.addAttribute("matrix", matrix);
        model.addAttribute("rounds", rounds == null ? List.of() : rounds);
        model.addAttribute("illustrative", Boolean.TRUE.equals(matrix.get("illustrative")));
        model.addAttribute("exports", exports(code, roundId, chosenView, rounds));
        return "regional/heatmap";
    }

    private static List<ReadLinks.Export> exports(String code, String roundId, String view, List<?> rounds) {
        List<ReadLinks.Export> links = new ArrayList<>(ReadLinks.matrixExports(code, roundId, "reported".equals(view) ? "deadline" : "corrected"));
        if (rounds != null) {
            for (Object round : rounds) {
                if (round instanceof Map<?, ?> r && "CLOSED".equals(r.get("status")) && (roundId == null || roundId.equals(r.get("roundId")))) {
                    Object period = r.get("period") instanceof Map<?, ?> p ? p.get("value") : null;
                    links.add(ReadLinks.openData(String.valueOf(r.get("roundId")), String.valueOf(period)));
                }
            }
        }
        return links;
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, @RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "asOf", required = false) String asked, Model model, HttpServletResponse response) {
        AsOf asOf = AsOf.of(asked);
        model.addAttribute("asOf", asOf);
        Map<String, Object> region = ReadPages.readAsOf(asOf, model, response, () -> progress.region(code, asOf.parameter()));
        if (region == null) {
            return ReadPages.NO_DATA_AS_OF;
        }
        Set<String> programmeCodes = new LinkedHashSet<>();
        for (Map<String, Object> entry : list(region.get("rounds"))) {
            if (entry.get("round") instanceof Map<?, ?> round && round.get("programmeCode") instanceof String programmeCode) {
                programmeCodes.add(programmeCode);
            }
        }
        // No programme asked for: the default programme when the region reported in it, else all of them;
        // "programme=" (empty) asks for all.
        String shown = programme == null
                ? (programmeCodes.contains(ReadPages.DEFAULT_PROGRAMME) ? ReadPages.DEFAULT_PROGRAMME : null)
                : ReadPages.given(programme);
        List<Map<String, Object>> rounds = list(region.get("rounds")).stream()
                .filter(entry -> shown == null || entry.get("round") instanceof Map<?, ?> round && shown.equals(round.get("programmeCode")))
                .toList();
        List<Map<String, Object>> trends = list(region.get("trends")).stream()
                .filter(trend -> shown == null || shown.equals(trend.get("programmeCode"))).toList();
        List<Map<String, Object>> owes = list(region.get("owes")).stream()
                .filter(owed -> shown == null || owed.get("round") instanceof Map<?, ?> round && shown.equals(round.get("programmeCode")))
                .toList();
        List<Map<String, Object>> returned = list(region.get("returned")).stream()
                .filter(entry -> shown == null || shown.equals(entry.get("programmeCode"))).toList();
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("programme", shown == null ? "" : shown);
        model.addAttribute("hidden", hidden);
        model.addAttribute("region", region);
        model.addAttribute("programme", shown);
        model.addAttribute("programmeCodes", programmeCodes);
        model.addAttribute("rounds", rounds);
        model.addAttribute("trends", trends.stream().map(TrendChart::of).toList());
        model.addAttribute("owes", owes);
        model.addAttribute("returned", returned);
        model.addAttribute("illustrative", Illustrative.anyIn(rounds));
        List<ReadLinks.Export> exports = new ArrayList<>();
        for (Map<String, Object> entry : rounds) {
            if (entry.get("round") instanceof Map<?, ?> round && "CLOSED".equals(round.get("status"))) {
                Object period = round.get("period") instanceof Map<?, ?> p ? p.get("value") : null;
                exports.add(ReadLinks.openData(String.valueOf(round.get("roundId")), round.get("programmeCode") + " " + period));
            }
        }
        model.addAttribute("exports", exports);
        return "regional/region";
    }

}
