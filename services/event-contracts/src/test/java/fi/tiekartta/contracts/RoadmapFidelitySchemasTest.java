package fi.tiekartta.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the roadmap document and the programme and work-package events describe periods, origins, relations,
 * notes, bases and human keys as data, and refuse what is not.
 */
class RoadmapFidelitySchemasTest {

    static final String BASIS = """
            {"kind":"INFERENCE","source":"[001] slide 'x'","note":{"fi":null,"sv":null,"en":"Our reading.","original":"en"}}""";
    static final String TEXT = """
            {"fi":"Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma","sv":null,"en":null,"original":"fi"}""";

    @Test
    void the_document_takes_period_origin_relations_notes_bases_actual_periods_and_not_recorded() throws Exception {
        JsonSchema schema = schema(RoadmapEvents.DOCUMENT_SCHEMA);
        String document = """
                {"format":"tiekartta-roadmap/v1","programmes":[{"code":"PH-SOTY","names":{"fi":"Tiekartta"},"level":"REGION",
                 "ownerOrganisation":"09","period":"2023–2025",
                 "origin":{"government":"Marin","termId":"2019-2023","section":"3.6","objective":"4","quote":{"fi":"Laaditaan …"},
                  "basis":{"kind":"SOURCE","source":"[001] slide 'Lähtökohtia'"}},
                 "relations":[{"type":"PART_OF","name":{"fi":"Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"}},
                  {"type":"SUPPORTS","programmeCode":"SHKO","basis":%s}],
                 "basis":{"kind":"SOURCE","source":"[001]"},"statusBasis":%s,
                 "workPackages":[{"code":"TP2","title":{"fi":"TKKI"},"notes":[{"text":{"fi":"TP2 sisältää 2022 alkavaa toimintaa"},
                  "basis":{"kind":"SOURCE","source":"[001]"}}],"statusBasis":%s,
                  "measures":[{"code":"TP2.1","title":{"fi":"x"},"basis":{"kind":"SOURCE","source":"[001]"}}],
                  "milestones":[{"key":"A","title":{"fi":"Verkostopäivä"},"baseline":"17.5.2023","actual":"2023-05-17","status":"ACHIEVED"},
                   {"key":"B","title":{"fi":"Arviointi"},"baseline":"Kevät 2023 –","status":"PLANNED"},
                   {"key":"C","title":{"fi":"Lähtökohdat"},"baseline":"2021-spring/2022","status":"NOT_RECORDED","basis":%s}]}]}]}
                """.formatted(BASIS, BASIS, BASIS, BASIS);
        assertThat(schema.validate(document, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(document.replace("\"actual\":", "\"actualDate\":"), InputFormat.JSON)).as("actualDate is gone").isNotEmpty();
        assertThat(schema.validate(document.replace("PART_OF", "NEXT_TO"), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(document.replace("\"kind\":\"SOURCE\"", "\"kind\":\"GUESS\""), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(document.replace("\"termId\":\"2019-2023\"", "\"termId\":\"2019\""), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void programme_events_carry_period_origin_relations_and_bases() throws Exception {
        String period = """
                {"value":"2023/2025","label":{"fi":"2023–2025","sv":"2023–2025","en":"2023–2025","original":null},
                 "start":"2023-01-01","end":"2025-12-31","precision":"YEAR_RANGE"}""";
        String origin = """
                {"government":"Marin","termId":"2019-2023","section":"3.6","sectionTitle":%s,"objective":"4","objectiveTitle":null,
                 "means":null,"quote":%s,"url":null,"basis":%s}""".formatted(TEXT, TEXT, BASIS);
        String created = """
                {"programmeId":"p-1","code":"PH-SOTY","names":%s,"level":"REGION","ownerOrganisation":"09","createdBy":"stm-admin",
                 "createdAt":"2026-12-03T08:00:00Z","vision":null,"goals":[],"themes":[],"termIds":["2023-2027"],"status":"ACTIVE",
                 "period":%s,"origin":%s,"relations":[{"type":"SUPPORTS","programmeCode":"SHKO","name":null,"basis":%s},
                 {"type":"PART_OF","programmeCode":null,"name":%s,"basis":null}],"basis":null,"statusBasis":%s}
                """.formatted(TEXT, period, origin, BASIS, TEXT, BASIS);
        JsonSchema schema = schema(ProgrammeEvents.CREATED.schemaResource());
        assertThat(schema.validate(created, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(created.replace("\"period\":{", "\"period\":null,\"x\":{"), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(created.replace("\"SUPPORTS\"", "\"FRIENDS\""), InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(created.replace("2023/2025", "2023–2025"), InputFormat.JSON)).as("canonical text only").isNotEmpty();
        String open = created.replace("\"value\":\"2023/2025\"", "\"value\":\"2023-spring/..\"").replace("\"end\":\"2025-12-31\"", "\"end\":null")
                .replace("YEAR_RANGE", "OPEN_ENDED");
        assertThat(schema.validate(open, InputFormat.JSON)).as("an open-ended period has no end").isEmpty();
    }

    @Test
    void work_package_and_measure_events_carry_codes_notes_and_bases() throws Exception {
        String workPackage = """
                {"workPackage":{"workPackageId":"w-1","programmeId":"p-1","code":"TP2","title":{"fi":"TKKI"},"goalCodes":[],
                 "termIds":[],"owner":null,"status":"ACTIVE","dependsOn":[],"programmeCode":"SHKO",
                 "notes":[{"text":{"fi":"TP2 sisältää 2022 alkavaa toimintaa","original":"fi"},"basis":null}],
                 "basis":null,"statusBasis":%s},"definedBy":"stm-admin","definedAt":"2026-12-03T08:00:00Z"}""".formatted(BASIS);
        assertThat(schema(WorkPackageEvents.DEFINED.schemaResource()).validate(workPackage, InputFormat.JSON)).isEmpty();
        String measure = """
                {"workPackageId":"w-1","programmeId":"p-1","measures":[{"measureId":"m-1","workPackageId":"w-1","programmeId":"p-1",
                 "code":"TP2.1","title":{"fi":"x"},"termIds":[],"status":"ACTIVE","predecessors":[],"successors":[],
                 "workPackageCode":"TP2","programmeCode":"SHKO","basis":%s}],"reason":null,"changedBy":"stm-admin",
                 "changedAt":"2026-12-03T08:00:00Z","workPackageCode":"TP2","programmeCode":"SHKO"}""".formatted(BASIS);
        assertThat(schema(WorkPackageEvents.MEASURE_ADDED.schemaResource()).validate(measure, InputFormat.JSON)).isEmpty();
        assertThat(schema(WorkPackageEvents.MEASURE_ADDED.schemaResource())
                .validate(measure.replace("\"basis\":{\"kind\":\"INFERENCE\"", "\"basis\":{\"kind\":\"MAYBE\""), InputFormat.JSON)).isNotEmpty();
    }

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = RoadmapFidelitySchemasTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
