package fi.tiekartta.web.reporting;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.security.CurrentUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Small things every work page needs: versions as forms carry them, JSON as templates read it, the signed-in user. */
public final class WorkSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private WorkSupport() {
    }

    /** The version in an ETag ({@code "3"} or {@code W/"3"}) as a form carries it: {@code 3}. */
    public static String version(String etag) {
        if (etag == null) {
            return "";
        }
        return etag.replaceFirst("^W/", "").replace("\"", "").trim();
    }

    /** The If-Match header for the version a form carried, or null when it carried none. */
    public static String ifMatch(String version) {
        return version == null || version.isBlank() ? null : "\"" + version.replaceAll("[^0-9A-Za-z._-]", "") + "\"";
    }

    public static Map<String, Object> map(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : JSON.convertValue(node, MAP);
    }

    /** A text field of the form, trimmed; null when blank. */
    public static String value(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A number typed into a form (comma or point as the decimal separator, a trailing % allowed); null when blank. */
    public static BigDecimal number(String typed) throws NumberFormatException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return new BigDecimal(typed.trim().replace('\u00a0', ' ').replace(" ", "").replace("%", "").replace(',', '.'));
    }

    /** The signed-in user, or a 403 page for a request without one. */
    public static CurrentUser user() {
        return CurrentUser.current().orElseThrow(WorkSupport::forbidden);
    }

    /** A page only for programme administrators: others get the 403 page (the service would refuse them anyway). */
    public static void administratorOnly() {
        if (!user().isAdministrator()) {
            throw forbidden();
        }
    }

    public static ApiProblem forbidden() {
        return new ApiProblem(403, "Forbidden", null, List.of());
    }

    /** A relative path on this site to go back to (given by the page that linked here), else the fallback. */
    public static String backLink(String back, String fallback) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") && !back.contains(":")
                ? back : fallback;
    }

    /**
     * After a change: see the page again (POST-redirect-GET) with 303 See Other and a relative {@code Location}, so
     * that the browser stays on the address it used (the gateway's), whatever host the UI itself runs on.
     */
    public static String seeOther(String path) {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(org.springframework.web.servlet.View.RESPONSE_STATUS_ATTRIBUTE,
                    org.springframework.http.HttpStatus.SEE_OTHER);
        }
        return "redirect:" + path;
    }

    /** An error the service answered that a form shows at its fields; anything else goes to the page's error. */
    public static boolean belongsToTheForm(ApiProblem problem) {
        return problem.status() == 400 || problem.status() == 409 || problem.status() == 412 || problem.status() == 422;
    }
}
