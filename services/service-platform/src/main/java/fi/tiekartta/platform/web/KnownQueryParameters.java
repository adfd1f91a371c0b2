package fi.tiekartta.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter the endpoint does not take (400 problem+json naming it and the ones it takes),
 * instead of ignoring it: {@code GET /api/programmes?cod=SHKO} silently answering every programme would look
 * like a filter that works. The parameters an endpoint takes are its {@code @RequestParam}s (and {@code page},
 * {@code size}, {@code sort} where it takes a {@link Pageable}); an endpoint that takes a map of parameters, or
 * binds them to an object, takes any.
 */
class KnownQueryParameters implements HandlerInterceptor {

    private static final Set<String> PAGING = Set.of("page", "size", "sort");

    /** Per endpoint: the names it takes, or empty when it takes any. */
    private final Map<HandlerMethod, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        known.computeIfAbsent(method, KnownQueryParameters::namesTakenBy).ifPresent(names -> {
            Set<String> unknown = queryParameterNames(request);
            unknown.removeAll(names);
            if (!unknown.isEmpty()) {
                throw new InvalidRequestException("Unknown query parameter(s) " + unknown + "; this endpoint takes "
                        + (names.isEmpty() ? "none" : new TreeSet<>(names)) + ".");
            }
        });
        return true;
    }

    /** The names in the query string only: a form body is not a query (and is not read here). */
    private static Set<String> queryParameterNames(HttpServletRequest request) {
        Set<String> names = new TreeSet<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams().keySet()
                    .forEach(name -> names.add(decoded(name)));
        }
        return names;
    }

    private static String decoded(String name) {
        try {
            return UriUtils.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            throw new InvalidRequestException("The query string has a broken %-escape in a parameter name: " + name);
        }
    }

    private static Optional<Set<String>> namesTakenBy(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                    return Optional.empty();
                }
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                names.add(name);
            } else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
                names.addAll(PAGING);
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                return Optional.empty();
            }
        }
        return Optional.of(names);
    }
}
