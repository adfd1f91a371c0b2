package fi.tiekartta.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.FormContentFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request parameters come from the query string only: the body of a form-encoded request is never parsed into
 * parameters. The services take JSON bodies, so a form body is refused with 415 once the endpoint's authorization
 * has been asked; but before that, three readers parse it as parameters: Spring Boot's {@link FormContentFilter}
 * (for {@code PUT}, {@code PATCH}, {@code DELETE}, before the security filters), Spring Security's bearer token
 * resolver (it looks for an {@code access_token} in a form {@code POST}) and Spring MVC (it rebuilds a form
 * {@code POST}'s body from the parameters). A broken %-escape in the body ({@code a=50 %}) then failed the request
 * there, before authorization: as a 401 with a valid token, or a 400.
 * <p>
 * This filter takes the place of Spring Boot's {@link FormContentFilter} (Spring Boot adds its own only when there is
 * none) and does the opposite of it: it hides the body from the parameters.
 */
class QueryOnlyParameters extends FormContentFilter implements OrderedFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(isForm(request) ? new Wrapper(request) : request, response);
    }

    @Override
    public int getOrder() {
        return REQUEST_WRAPPER_FILTER_MAX_ORDER - 9900; // where Spring Boot puts its FormContentFilter
    }

    private static boolean isForm(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(request.getContentType()));
        } catch (IllegalArgumentException unreadable) {
            return false; // not a form; answered as an unsupported type later
        }
    }

    private static final class Wrapper extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Wrapper(HttpServletRequest request) {
            super(request);
            this.parameters = queryParameters(request.getQueryString());
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        private static Map<String, String[]> queryParameters(String query) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (query == null) {
                return parameters;
            }
            MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
            MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
            raw.forEach((name, values) -> values.forEach(value -> decoded.add(decoded(name), value == null ? "" : decoded(value))));
            decoded.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
            return parameters;
        }

        private static String decoded(String text) {
            try {
                return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException brokenEscape) {
                return text; // KnownQueryParameters refuses a broken name; a broken value fails its conversion
            }
        }
    }
}
