package fi.tiekartta.web.roadmap;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ProgressApi;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the read pages share: the default programme, the programme picker, and a past day with no data. */
public final class ReadPages {

    /** The programme a page shows when none is asked for: the national social welfare development programme. */
    public static final String DEFAULT_PROGRAMME = "SHKO";

    /** The template shown when a view has no data as of the day asked for. */
    public static final String NO_DATA_AS_OF = "read/no-data-as-of";

    private ReadPages() {
    }

    /** Every programme header, for the picker (all of them, in code order); empty if the list cannot be read. */
    public static List<?> programmes(ProgressApi progress) {
        Map<String, Object> page = progress.programmes();
        return page != null && page.get("content") instanceof List<?> list ? list : List.of();
    }

    /**
     * Reads a view, and when it has no state as of a past day (the view's 404 "No data as of …"), says so on a
     * page that offers another day instead of "page not found".
     *
     * @return the view, or null when the page {@link #NO_DATA_AS_OF} was prepared instead
     */
    public static Map<String, Object> readAsOf(AsOf asOf, Model model, HttpServletResponse response,
            Supplier<Map<String, Object>> read) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            if (asOf.isPast() && problem.status() == 404 && problem.detail() != null && problem.detail().startsWith("No data as of")) {
                response.setStatus(404);
                model.addAttribute("asOf", asOf);
                return null;
            }
            if (problem.status() == 404) {
                // An unknown programme, work package or region: the error page with the frame (Spring Boot's /error).
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, problem.detail());
            }
            throw problem;
        }
    }

    /**
     * Whether the programme's regional figures (coverage, region × measure cells) come from illustrative rounds: the
     * roadmap's coverage does not say, the regional matrix does. False when the programme has no rounds.
     */
    public static boolean regionalFiguresAreIllustrative(ProgressApi progress, String programmeCode, AsOf asOf) {
        try {
            Map<String, Object> matrix = progress.regionalMatrix(programmeCode, null, null, asOf.parameter());
            return matrix != null && Boolean.TRUE.equals(matrix.get("illustrative"));
        } catch (ApiProblem noRounds) {
            return false;
        }
    }

    /** A page parameter that is blank counts as not given. */
    public static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
