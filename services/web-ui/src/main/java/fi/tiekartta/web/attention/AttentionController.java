package fi.tiekartta.web.attention;

import fi.tiekartta.web.api.ProgressApi;
import fi.tiekartta.web.roadmap.Illustrative;
import fi.tiekartta.web.roadmap.ReadPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * What needs attention now: overdue and at-risk milestones, red or amber-red delivery confidence, and missing or
 * returned reports near a deadline. The view is about now (it has no "as of"); the page says when it was taken.
 */
@Controller
public class AttentionController {

    /** How many report rows the page lists before saying how many more there are. */
    static final int REPORT_ROWS = 200;
    static final List<Integer> WITHIN_DAYS = List.of(7, 14, 30, 60);

    private final ProgressApi progress;

    public AttentionController(ProgressApi progress) {
        this.progress = progress;
    }

    @GetMapping("/attention")
    String attention(@RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "withinDays", required = false) Integer withinDays, Model model) {
        // No programme asked for: the default programme; "programme=" (empty) asks for every programme.
        String code = programme == null ? ReadPages.DEFAULT_PROGRAMME : ReadPages.given(programme);
        int days = withinDays != null && withinDays >= 0 && withinDays <= 365 ? withinDays : 14;
        Map<String, Object> attention = progress.attention(code, days);
        List<?> reports = attention.get("reports") instanceof List<?> list ? list : List.of();
        model.addAttribute("code", code);
        model.addAttribute("withinDays", days);
        model.addAttribute("withinDaysChoices", WITHIN_DAYS.contains(days) ? WITHIN_DAYS
                : java.util.stream.Stream.concat(WITHIN_DAYS.stream(), java.util.stream.Stream.of(days)).sorted().toList());
        model.addAttribute("programmes", ReadPages.programmes(progress));
        model.addAttribute("attention", attention);
        model.addAttribute("reports", reports.subList(0, Math.min(REPORT_ROWS, reports.size())));
        model.addAttribute("moreReports", Math.max(0, reports.size() - REPORT_ROWS));
        model.addAttribute("illustrative", Illustrative.anyIn(attention));
        return "attention/attention";
    }
}
