package fi.tiekartta.contracts.roadmap;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;

/** Roadmap imports are accepted by the programme context and published on {@link Topics#PROGRAMMES}. */
public final class RoadmapEvents {

    public static final EventContract<RoadmapImportAccepted> IMPORT_ACCEPTED =
            new EventContract<>("fi.tiekartta.roadmap.import-accepted.v1", Topics.PROGRAMMES, RoadmapImportAccepted.class);

    /** Classpath location of the JSON Schema of the document itself (what clients send to the import). */
    public static final String DOCUMENT_SCHEMA = "/fi/tiekartta/contracts/schemas/roadmap-document.v1.schema.json";

    private RoadmapEvents() {
    }
}
