package fi.tiekartta.programme.roadmapimport.web;

import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.platform.web.ProblemDetailsAdvice.FieldProblem;
import fi.tiekartta.platform.web.RejectedDocumentException;
import fi.tiekartta.programme.roadmapimport.RoadmapRejected;
import fi.tiekartta.programme.roadmapimport.application.RoadmapImportService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/roadmap-imports}: a whole roadmap, JSON or YAML. Every problem is listed and a
 * document with any problem changes nothing (400 for shape, 422 for rules). An accepted document is
 * stored with its {@code roadmap.import-accepted} event in one write (202); the same content again is
 * the same import (200, nothing new happens).
 */
@RestController
@RequestMapping("/api/roadmap-imports")
class RoadmapImportController {

    static final String YAML = "application/yaml";

    private final RoadmapDocumentReader reader;
    private final RoadmapImportService imports;

    RoadmapImportController(RoadmapDocumentReader reader, RoadmapImportService imports) {
        this.reader = reader;
        this.imports = imports;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml"})
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoadmapImportView> importRoadmap(@RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        RoadmapDocument document = reader.read(body, contentType.contains("yaml"));
        RoadmapImportService.Outcome outcome;
        try {
            outcome = imports.importRoadmap(document, Actor.current().username());
        } catch (RoadmapRejected rejected) {
            throw new RejectedDocumentException(HttpStatus.UNPROCESSABLE_CONTENT, rejected.getMessage(),
                    rejected.problems().stream().map(problem -> new FieldProblem(problem.path(), problem.message())).toList());
        }
        if (outcome.acceptedEarlier()) {
            return ResponseEntity.ok(RoadmapImportView.of(outcome.stored(), true));
        }
        return ResponseEntity.accepted()
                .location(Locations.ofNew(outcome.stored().id()))
                .body(RoadmapImportView.of(outcome.stored(), false));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    RoadmapImportView get(@PathVariable String id) {
        return RoadmapImportView.of(imports.get(id), true);
    }
}
