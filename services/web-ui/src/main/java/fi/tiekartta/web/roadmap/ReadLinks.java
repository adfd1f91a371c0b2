package fi.tiekartta.web.roadmap;

import fi.tiekartta.web.layout.Languages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Links the read pages share: this page as of today (without {@code asOf}), and the export links of
 * progress-service's views (through the gateway, which relays the session's token), in the page's language.
 */
@ControllerAdvice(basePackages = {"fi.tiekartta.web.roadmap", "fi.tiekartta.web.regional", "fi.tiekartta.web.attention",
        "fi.tiekartta.web.changes"})
public class ReadLinks {

    /** An export link: where, the message key of its text and the key's argument. */
    public record Export(String href, String messageKey, Object argument, boolean download) {
    }

    /** This page without {@code asOf} (and without the language switch's {@code lang}): today's state. */
    @ModelAttribute("todayHref")
    String todayHref(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("asOf").replaceQueryParam("lang")
                .build().toUriString().replaceFirst("^https?://[^/]+", "");
    }

    /** This page (path and query, without {@code lang}), for the work pages' "back" link. */
    @ModelAttribute("backHref")
    String backHref(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang").build().toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }

    /** The roadmap's and its milestones' CSV and XLSX. */
    public static List<Export> roadmapExports(String programmeCode) {
        String language = Languages.current().code();
        List<Export> links = new ArrayList<>();
        for (String format : List.of("csv", "xlsx")) {
            links.add(new Export(export("/api/progress/programmes/{code}/roadmap/export", format, language, programmeCode),
                    "read.exports.roadmap." + format, null, true));
        }
        for (String format : List.of("csv", "xlsx")) {
            links.add(new Export(export("/api/progress/programmes/{code}/milestones/export", format, language, programmeCode),
                    "read.exports.milestones." + format, null, true));
        }
        return links;
    }

    /** The regional matrix's CSV and XLSX, with the matrix's parameters. */
    public static List<Export> matrixExports(String programmeCode, String roundId, String view) {
        String language = Languages.current().code();
        List<Export> links = new ArrayList<>();
        for (String format : List.of("csv", "xlsx")) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/progress/regional-matrix/export")
                    .queryParam("programme", programmeCode);
            if (roundId != null) {
                uri.queryParam("round", roundId).queryParam("view", view);
            }
            links.add(new Export(uri.queryParam("format", format).queryParam("lang", language).build().encode().toUriString(),
                    "read.exports.matrix." + format, null, true));
        }
        return links;
    }

    /** The open data of a closed round (JSON, CC BY 4.0). */
    public static Export openData(String roundId, String period) {
        return new Export(UriComponentsBuilder.fromPath("/api/progress/rounds/{id}/open-data").buildAndExpand(roundId).encode()
                .toUriString(), "read.exports.openData", period, false);
    }

    private static String export(String path, String format, String language, String programmeCode) {
        return UriComponentsBuilder.fromPath(path).queryParam("format", format).queryParam("lang", language)
                .buildAndExpand(programmeCode).encode().toUriString();
    }
}
