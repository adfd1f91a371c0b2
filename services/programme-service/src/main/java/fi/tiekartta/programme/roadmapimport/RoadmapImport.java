package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.contracts.roadmap.RoadmapDocument;

import java.util.Map;

/** An accepted roadmap import: the document as accepted and the id each of its programmes got. */
public record RoadmapImport(Map<String, String> programmeIds, RoadmapDocument document) {
}
