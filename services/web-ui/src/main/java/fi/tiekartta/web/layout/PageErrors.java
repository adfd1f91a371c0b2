package fi.tiekartta.web.layout;

import fi.tiekartta.web.api.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * A page whose data could not be read says why in the user's language, with the status the service gave (404 for
 * a code that does not exist, 403 for a role that may not see it), or 503 when a service does not answer. Forms
 * handle their own API problems next to their fields; this is for what is left.
 */
@ControllerAdvice
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final LayoutAdvice frame;

    PageErrors(LayoutAdvice frame) {
        this.frame = frame;
    }

    @ExceptionHandler(ApiProblem.class)
    String apiProblem(ApiProblem problem, Model model, HttpServletRequest request, HttpServletResponse response) {
        frame.addFrame(model, request);
        int status = problem.status() >= 500 ? 502 : problem.status();
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", problem.detail());
        return "error/problem";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String serviceUnavailable(ResourceAccessException exception, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        frame.addFrame(model, request);
        log.warn("A service did not answer: {}", exception.getMessage());
        response.setStatus(503);
        model.addAttribute("status", 503);
        return "error/problem";
    }
}
