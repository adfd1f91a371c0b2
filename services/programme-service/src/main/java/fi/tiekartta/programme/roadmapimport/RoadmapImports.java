package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.platform.aggregate.AggregateRepository;

/** The accepted roadmap imports, id = the hash of their content: the same roadmap imported twice is one import. */
public interface RoadmapImports extends AggregateRepository<RoadmapImport> {
}
