package fi.tiekartta.programme.roadmapimport.web;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ProblemDetailsAdvice.FieldProblem;
import fi.tiekartta.platform.web.RejectedDocumentException;
import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.roadmapimport.DocumentProblem;
import fi.tiekartta.programme.roadmapimport.RoadmapChecks;
import fi.tiekartta.programme.roadmapimport.RoadmapImport;
import fi.tiekartta.programme.term.GovernmentTerm;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

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
    private final AggregateStore<RoadmapImport> imports;
    private final AggregateStore<Programme> programmes;
    private final AggregateStore<GovernmentTerm> terms;
    private final JsonMapper canonicalJson = JsonMapper.builder().build();
    private final Clock clock;

    RoadmapImportController(RoadmapDocumentReader reader, AggregateStore<RoadmapImport> imports,
            AggregateStore<Programme> programmes, AggregateStore<GovernmentTerm> terms, Clock clock) {
        this.reader = reader;
        this.imports = imports;
        this.programmes = programmes;
        this.terms = terms;
        this.clock = clock;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml"})
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoadmapImportView> importRoadmap(@RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        RoadmapDocument document = reader.read(body, contentType.contains("yaml"));
        Map<String, Versioned<Programme>> existing = byCode(document);
        List<DocumentProblem> problems = RoadmapChecks.problems(document, knownTerms(), existing.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().state())));
        if (!problems.isEmpty()) {
            throw new RejectedDocumentException(HttpStatus.UNPROCESSABLE_CONTENT, "The roadmap breaks " + problems.size()
                    + " rule(s); nothing was imported.", problems.stream().map(p -> new FieldProblem(p.path(), p.message())).toList());
        }
        String importId = contentHash(document);
        var earlier = imports.find(importId);
        if (earlier.isPresent()) {
            return ResponseEntity.ok(RoadmapImportView.of(earlier.get(), true));
        }
        Map<String, String> programmeIds = new LinkedHashMap<>();
        document.programmes().forEach(entry -> programmeIds.put(entry.code(), existing.containsKey(entry.code())
                ? existing.get(entry.code()).id() : UUID.randomUUID().toString()));
        Instant now = clock.instant();
        String actor = Actor.current().username();
        PendingEvent<RoadmapImportAccepted> accepted = PendingEvent.of(RoadmapEvents.IMPORT_ACCEPTED,
                new RoadmapImportAccepted(importId, programmeIds, document, actor, now), now);
        Versioned<RoadmapImport> stored;
        try {
            stored = imports.add(importId, new RoadmapImport(programmeIds, document), actor, now, List.of(accepted));
        } catch (DuplicateKeyException sameImportMeanwhile) {
            return ResponseEntity.ok(RoadmapImportView.of(imports.get(importId), true));
        }
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(importId))
                .body(RoadmapImportView.of(stored, false));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    RoadmapImportView get(@PathVariable String id) {
        return RoadmapImportView.of(imports.get(id), true);
    }

    /** The programmes of the document that are stored already, by code: one query for the whole import. */
    private Map<String, Versioned<Programme>> byCode(RoadmapDocument document) {
        List<String> codes = document.programmes().stream().map(RoadmapDocument.ProgrammeEntry::code).toList();
        return programmes.find(Query.query(Criteria.where(STATE + ".code").in(codes)), PageRequest.of(0, 100)).stream()
                .collect(Collectors.toMap(stored -> stored.state().code(), stored -> stored, (a, b) -> a));
    }

    private Set<String> knownTerms() {
        return terms.find(new Query(), PageRequest.of(0, 100)).stream().map(Versioned::id).collect(Collectors.toSet());
    }

    /** The import's id: a hash of the document's content, so the same roadmap imported twice is one import. */
    private String contentHash(RoadmapDocument document) {
        try {
            byte[] canonical = canonicalJson.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
