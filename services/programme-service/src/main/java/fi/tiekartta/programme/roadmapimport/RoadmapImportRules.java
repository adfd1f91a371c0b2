package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.Programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Accepting a roadmap: all or nothing. A document that breaks any rule ({@link RoadmapChecks}) is refused with
 * every problem and changes nothing; an accepted one is stored with its {@code roadmap.import-accepted} event,
 * from which every context applies its part. Both carry the document with its periods in canonical text.
 */
public final class RoadmapImportRules {

    private RoadmapImportRules() {
    }

    /**
     * The accepted import of {@code document}: each programme keeps the id it is stored under, a new one gets a new id.
     *
     * @param existingByCode the programmes stored already that the document defines or names in a relation, by code
     * @param today          today in Finnish time
     * @throws RoadmapRejected listing every problem, when the document breaks any rule
     */
    public static Decision<RoadmapImport> accept(String importId, RoadmapDocument document, Set<String> knownTermIds,
            Map<String, Versioned<Programme>> existingByCode, LocalDate today, String actor, Instant now) {
        Map<String, Programme> existing = new LinkedHashMap<>();
        existingByCode.forEach((code, stored) -> existing.put(code, stored.state()));
        List<DocumentProblem> problems = RoadmapChecks.problems(document, knownTermIds, existing, today);
        if (!problems.isEmpty()) {
            throw new RoadmapRejected(problems);
        }
        RoadmapDocument canonical = RoadmapChecks.canonical(document);
        Map<String, String> programmeIds = new LinkedHashMap<>();
        document.programmes().forEach(entry -> programmeIds.put(entry.code(), existingByCode.containsKey(entry.code())
                ? existingByCode.get(entry.code()).id() : UUID.randomUUID().toString()));
        return Decision.of(new RoadmapImport(programmeIds, canonical), PendingEvent.of(RoadmapEvents.IMPORT_ACCEPTED,
                new RoadmapImportAccepted(importId, programmeIds, canonical, actor, now), now));
    }
}
