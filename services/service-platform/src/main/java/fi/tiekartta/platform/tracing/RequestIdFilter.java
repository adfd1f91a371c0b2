package fi.tiekartta.platform.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the gateway's {@code X-Request-Id} in the MDC as {@code requestId} for the whole request, so that every log
 * line of it names it, and the outbox can pass it on to the events the request causes. A value that is not a plain
 * id (too long, spaces, control characters) is ignored rather than logged.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = Correlation.requestIdOrNull(request.getHeader(Correlation.REQUEST_ID_HEADER));
        if (requestId == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(Correlation.REQUEST_ID_MDC, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(Correlation.REQUEST_ID_MDC);
        }
    }
}
