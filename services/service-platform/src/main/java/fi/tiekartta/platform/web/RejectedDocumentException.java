package fi.tiekartta.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A submitted document (e.g. a roadmap import) has problems: all of them are listed at once, each with
 * the path of the offending value, so a client can fix the document in one go. 400 for a document that
 * does not have the required shape, 422 for one whose content breaks the domain's rules.
 */
public class RejectedDocumentException extends RuntimeException {

    private final HttpStatus status;
    private final List<ProblemDetailsAdvice.FieldProblem> problems;

    public RejectedDocumentException(HttpStatus status, String message, List<ProblemDetailsAdvice.FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public HttpStatus status() {
        return status;
    }

    public List<ProblemDetailsAdvice.FieldProblem> problems() {
        return problems;
    }
}
