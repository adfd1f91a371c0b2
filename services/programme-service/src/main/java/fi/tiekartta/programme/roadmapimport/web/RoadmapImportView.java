package fi.tiekartta.programme.roadmapimport.web;

import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.programme.roadmapimport.RoadmapImport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An accepted import: when and by whom, what it holds, the id each programme got, and whether this
 * answer is about an earlier import of the same content.
 */
record RoadmapImportView(String id, String source, Map<String, String> programmeIds, int workPackages, int measures,
        int milestones, String acceptedBy, Instant acceptedAt, boolean acceptedEarlier) {

    static RoadmapImportView of(Versioned<RoadmapImport> stored, boolean acceptedEarlier) {
        RoadmapDocument document = stored.state().document();
        List<RoadmapDocument.WorkPackageEntry> workPackages = document.programmes().stream()
                .flatMap(programme -> nonNull(programme.workPackages()).stream()).toList();
        return new RoadmapImportView(stored.id(), document.source(), stored.state().programmeIds(), workPackages.size(),
                workPackages.stream().mapToInt(wp -> nonNull(wp.measures()).size()).sum(),
                workPackages.stream().mapToInt(wp -> nonNull(wp.milestones()).size()).sum(),
                stored.createdBy(), stored.createdAt(), acceptedEarlier);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
