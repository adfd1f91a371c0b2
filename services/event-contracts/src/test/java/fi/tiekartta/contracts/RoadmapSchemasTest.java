package fi.tiekartta.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapSchemasTest {

    @Test
    void the_accepted_event_describes_the_document_exactly_as_the_import_does() throws Exception {
        JsonNode document = read(RoadmapEvents.DOCUMENT_SCHEMA);
        JsonNode event = read(RoadmapEvents.IMPORT_ACCEPTED.schemaResource());
        assertThat(event.get("$defs")).isEqualTo(document.get("$defs"));
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = RoadmapSchemasTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
