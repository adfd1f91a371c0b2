package fi.tiekartta.programme.roadmapimport.application;

import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.Programmes;
import fi.tiekartta.programme.roadmapimport.RoadmapImport;
import fi.tiekartta.programme.roadmapimport.RoadmapImportRules;
import fi.tiekartta.programme.roadmapimport.RoadmapImports;
import fi.tiekartta.programme.roadmapimport.RoadmapRejected;
import fi.tiekartta.programme.term.GovernmentTerms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Importing a whole roadmap: checked whole against every context's rules, then accepted as one import (stored with
 * its event in one write) or refused whole. The same content is the same import.
 */
@Service
public class RoadmapImportService {

    private final RoadmapImports imports;
    private final Programmes programmes;
    private final GovernmentTerms terms;
    private final Clock clock;
    private final JsonMapper canonicalJson = JsonMapper.builder().build();

    RoadmapImportService(RoadmapImports imports, Programmes programmes, GovernmentTerms terms, Clock clock) {
        this.imports = imports;
        this.programmes = programmes;
        this.terms = terms;
        this.clock = clock;
    }

    /** The import, and whether it had been accepted before this request. */
    public record Outcome(Versioned<RoadmapImport> stored, boolean acceptedEarlier) {
    }

    /**
     * Accepts the document, or refuses it whole.
     *
     * @throws RoadmapRejected with every problem, when the document breaks any rule; nothing is stored then
     */
    public Outcome importRoadmap(RoadmapDocument document, String actor) {
        Instant now = clock.instant();
        String importId = contentHash(document);
        Decision<RoadmapImport> accepted = RoadmapImportRules.accept(importId, document, terms.knownIds(),
                storedProgrammes(document), FinnishTime.dateOf(now), actor, now);
        Optional<Versioned<RoadmapImport>> earlier = imports.find(importId);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        try {
            return new Outcome(imports.create(importId, accepted, actor, now), false);
        } catch (DuplicateKeyException sameImportMeanwhile) {
            return new Outcome(imports.get(importId), true);
        }
    }

    public Versioned<RoadmapImport> get(String id) {
        return imports.get(id);
    }

    /**
     * The programmes the document defines or names in a relation that are stored already, by code: one query for
     * the whole import.
     */
    private Map<String, Versioned<Programme>> storedProgrammes(RoadmapDocument document) {
        Set<String> codes = new LinkedHashSet<>();
        for (RoadmapDocument.ProgrammeEntry entry : document.programmes()) {
            codes.add(entry.code());
            if (entry.relations() != null) {
                entry.relations().stream().filter(Objects::nonNull).map(RelationData::programmeCode).filter(Objects::nonNull)
                        .forEach(codes::add);
            }
        }
        return programmes.withCodes(codes).stream()
                .collect(Collectors.toMap(stored -> stored.state().code(), stored -> stored, (a, b) -> a));
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
