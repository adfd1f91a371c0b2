package fi.tiekartta.progress.exports.web;

import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.progress.exports.Export;
import fi.tiekartta.progress.exports.Exports;
import fi.tiekartta.progress.exports.Language;
import fi.tiekartta.progress.exports.OpenDataAnswer;
import fi.tiekartta.progress.exports.RoundOpenData;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The exports, for every reader: the roadmap, the regional matrix and the milestones as CSV or XLSX
 * ({@code format=csv|xlsx}, else by {@code Accept}), in Finnish, Swedish or English ({@code lang}); and the open data
 * of a closed reporting round as JSON. Each file comes with a {@code Content-Disposition} naming it.
 */
@RestController
class ExportController {

    private static final String PROGRAMME_CODE = "[A-Z0-9][A-Z0-9-]{0,31}";
    private static final String PROGRAMME_MESSAGE = "must be a programme code: capital letters, digits and hyphens, e.g. SHKO";
    private static final String ROUND_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    private static final String ROUND_MESSAGE = "must be a round's id: letters, digits, hyphens and underscores";

    private final Exports exports;
    private final Clock clock;

    ExportController(Exports exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /** The national roadmap: work packages, measures and milestones (three sheets; one CSV table with a row type). */
    @GetMapping("/api/progress/programmes/{code}/roadmap/export")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<byte[]> roadmap(@PathVariable @Pattern(regexp = PROGRAMME_CODE, message = PROGRAMME_MESSAGE) String code,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept);
        Language language = language(lang);
        Instant now = clock.instant();
        return file(chosen, found(exports.roadmap(code, language, FinnishTime.dateOf(now), now),
                () -> new ResourceNotFoundException("Programme", code)));
    }

    /** A programme's milestones: code, work package, measure, title, periods (label and canonical), status, overdue, basis. */
    @GetMapping("/api/progress/programmes/{code}/milestones/export")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<byte[]> milestones(@PathVariable @Pattern(regexp = PROGRAMME_CODE, message = PROGRAMME_MESSAGE) String code,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept);
        Language language = language(lang);
        Instant now = clock.instant();
        return file(chosen, found(exports.milestones(code, language, FinnishTime.dateOf(now), now),
                () -> new ResourceNotFoundException("Programme", code)));
    }

    /**
     * The regional matrix, with the matrix view's parameters: the current state, or one round ({@code round}) as
     * reported at its deadline ({@code view=deadline}) or as corrected ({@code view=corrected}, the default).
     */
    @GetMapping("/api/progress/regional-matrix/export")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<byte[]> matrix(@RequestParam String programme, @RequestParam(required = false) String round,
            @RequestParam(required = false) @Pattern(regexp = "deadline|corrected", message = "must be deadline or corrected") String view,
            @RequestParam(required = false) String format, @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!programme.matches(PROGRAMME_CODE)) {
            throw new InvalidRequestException("programme: " + PROGRAMME_MESSAGE);
        }
        if (round == null && view != null) {
            throw new InvalidRequestException("view: applies to one round only; name it with round=<id>");
        }
        ExportFormat chosen = ExportFormat.choose(format, accept);
        Language language = language(lang);
        Instant now = clock.instant();
        Optional<Export> export = exports.matrix(programme, round, "deadline".equals(view), language, FinnishTime.dateOf(now), now);
        return file(chosen, found(export, () -> round == null
                ? new ResourceNotFoundException("Programme with reporting rounds", programme)
                : new ResourceNotFoundException("Reporting round of programme " + programme, round)));
    }

    /** The open data of a closed round: 409 while it is open, 404 for an unknown round. */
    @GetMapping(path = "/api/progress/rounds/{roundId}/open-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<RoundOpenData> openData(@PathVariable @Pattern(regexp = ROUND_ID, message = ROUND_MESSAGE) String roundId) {
        OpenDataAnswer answer = exports.openData(roundId, clock.instant())
                .orElseThrow(() -> new ResourceNotFoundException("Reporting round", roundId));
        if (answer instanceof OpenDataAnswer.NotClosed notClosed) {
            throw new ConflictException("Reporting round " + roundId + " is " + notClosed.round().status()
                    + ": its open data is published once it is closed.");
        }
        OpenDataAnswer.Published published = (OpenDataAnswer.Published) answer;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(published.fileName() + ".json")
                        .build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(published.data());
    }

    @ExceptionHandler(ExportFormat.NotAcceptable.class)
    ResponseEntity<ProblemDetail> notAcceptable(ExportFormat.NotAcceptable exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, exception.getMessage());
        problem.setTitle("Not acceptable");
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Language language(String lang) {
        try {
            return Language.of(lang);
        } catch (IllegalArgumentException bad) {
            throw new InvalidRequestException(bad.getMessage());
        }
    }

    private static Export found(Optional<Export> export, Supplier<ResourceNotFoundException> notFound) {
        return export.orElseThrow(notFound);
    }

    private static ResponseEntity<byte[]> file(ExportFormat format, Export export) {
        byte[] body = format == ExportFormat.CSV ? CsvWriter.write(export.csv(), export.language()) : XlsxWriter.write(export);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName() + "." + format.extension()).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, export.language().code())
                .body(body);
    }
}
