package fi.tiekartta.platform.web;

import fi.tiekartta.platform.aggregate.StaleVersionException;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.DomainConflict;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;

/**
 * Turns every failure a client can cause into an RFC 9457 problem document that says what was wrong,
 * naming the offending field where there is one. Validation problems are listed all at once in an
 * {@code errors} extension member, so a client can fix a command in one go.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + errors.size() + " invalid field(s): "
                        + String.join(", ", errors.stream().map(FieldProblem::field).toList()) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        if (exception.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            problem.setDetail("Unknown field '" + field + "': the command does not accept it.");
            problem.setProperty("errors", List.of(new FieldProblem(field, "unknown field")));
        } else if (exception.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = pathOf(json);
            problem.setDetail("Field '" + field + "' has a value of the wrong type or format.");
            problem.setProperty("errors", List.of(new FieldProblem(field, json.getOriginalMessage())));
        } else {
            problem.setDetail("The request body is missing or is not valid JSON.");
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid parameter(s): " + String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolated(DomainRuleViolation exception) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Rule violated", exception.getMessage());
        if (exception.field() != null) {
            // Named like a field that failed validation, so a form can show the rule next to the field.
            problem.setProperty("errors", List.of(new FieldProblem(exception.field(), exception.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(RejectedDocumentException.class)
    ProblemDetail rejectedDocument(RejectedDocumentException exception) {
        ProblemDetail problem = problem(exception.status(), "Document rejected", exception.getMessage());
        problem.setProperty("errors", exception.problems());
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", exception.getMessage());
    }

    @ExceptionHandler(JsonRequestBodies.UnsupportedContentTypeException.class)
    ResponseEntity<ProblemDetail> unsupportedContentType(JsonRequestBodies.UnsupportedContentTypeException exception) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", exception.getMessage()));
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException exception) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", exception.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException exception) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", exception.getMessage());
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ProblemDetail notFound(ResourceNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "Not found", exception.getMessage());
    }

    @ExceptionHandler(DomainConflict.class)
    ProblemDetail domainConflict(DomainConflict exception) {
        return problem(HttpStatus.CONFLICT, exception.title(), exception.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        return problem(HttpStatus.CONFLICT, "Conflict", exception.getMessage());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException exception) {
        return problem(HttpStatus.CONFLICT, "Conflict", "A resource with the same identifying value already exists.");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException exception) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                "The resource was changed by someone else meanwhile: fetch it again and reapply your change.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
    }

    /** The JSON path of the offending value, e.g. {@code names.fi} or {@code goals[2].code}. */
    public static String pathOf(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** One problem with one field of the request. */
    public record FieldProblem(String field, String message) {
    }
}
