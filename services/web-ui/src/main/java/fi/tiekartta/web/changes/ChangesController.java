package fi.tiekartta.web.changes;

import fi.tiekartta.kernel.region.Organisers;
import fi.tiekartta.web.api.ProgressApi;
import fi.tiekartta.web.roadmap.ReadPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The recent-changes feed, newest first, filtered by programme, region and kind, a page at a time. */
@Controller
public class ChangesController {

    public static final List<String> KINDS = List.of("PROGRAMME", "WORK_PACKAGE", "MEASURE", "MILESTONE", "ROUND", "REPORT", "INDICATOR");
    static final int PAGE_SIZE = 50;

    private final ProgressApi progress;

    public ChangesController(ProgressApi progress) {
        this.progress = progress;
    }

    @GetMapping("/changes")
    String changes(@RequestParam(name = "programme", required = false) String programme,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "page", required = false, defaultValue = "0") int page, Model model) {
        // No programme asked for: the default programme; "programme=" (empty) asks for every programme.
        String programmeCode = programme == null ? ReadPages.DEFAULT_PROGRAMME : ReadPages.given(programme);
        String regionCode = ReadPages.given(region);
        String kindCode = ReadPages.given(kind) != null && KINDS.contains(kind) ? kind : null;
        int pageNumber = Math.max(0, page);
        Map<String, Object> feed = progress.changes(programmeCode, regionCode, kindCode, pageNumber, PAGE_SIZE);
        model.addAttribute("stream", org.springframework.web.util.UriComponentsBuilder.fromPath("/api/progress/stream")
                .queryParamIfPresent("programme", java.util.Optional.ofNullable(programmeCode))
                .queryParamIfPresent("region", java.util.Optional.ofNullable(regionCode)).build().encode().toUriString());
        model.addAttribute("programme", programmeCode);
        model.addAttribute("region", regionCode);
        model.addAttribute("kind", kindCode);
        model.addAttribute("feed", feed);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("programmes", ReadPages.programmes(progress));
        model.addAttribute("regions", Organisers.reference().organisers().stream().map(organiser -> Map.of(
                "code", organiser.code(), "names", texts(organiser.names()))).toList());
        return "changes/changes";
    }

    static Map<String, Object> texts(fi.tiekartta.kernel.Text text) {
        Map<String, Object> map = new HashMap<>();
        map.put("fi", text.fi());
        map.put("sv", text.sv());
        map.put("en", text.en());
        map.put("original", text.original());
        return map;
    }
}
