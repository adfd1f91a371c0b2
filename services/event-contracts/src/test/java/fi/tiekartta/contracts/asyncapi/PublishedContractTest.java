package fi.tiekartta.contracts.asyncapi;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedContractTest {

    static final AsyncApiDocument DOCUMENT = AsyncApiDocument.generate();
    static final PublishedContract CONTRACT = PublishedContract.of(DOCUMENT.tree());
    static final String RETURNED = ReportingEvents.REPORT_RETURNED.type();
    static final String DATASCHEMA = "http://localhost:8080/events/schemas/" + RETURNED + ".schema.json";

    /** A returned report, as region-service sends it: the status RETURNED and the verifier's comment. */
    static final String REPORT = """
            {"report":{"reportId":"x1","roundId":"r1","programmeId":"p1","programmeCode":"SHKO","measureId":"m1",
             "measureCode":"TP6.1","regionCode":"09","regionName":{"fi":"Päijät-Hämeen hyvinvointialue","sv":null,"en":null,"original":"fi"},
             "status":"RETURNED","selfReport":{"level":"PLANNING","share":null,"shareBasis":null,
             "narrative":{"fi":"Suunnitteilla.","sv":null,"en":null,"original":"fi"},"indicators":[],"evidence":[]},
             "verified":null,"reporter":"reporter-paijat-hame","corrections":0,"basis":null},
             "comment":"Lisää lähde.","changedBy":"verifier-stm","changedAt":"2026-11-22T08:00:00Z"}""";

    @Test
    void a_described_event_with_valid_data_passes_and_names_the_schema_the_document_points_to() {
        PublishedContract.Check check = CONTRACT.check(RETURNED, DATASCHEMA, REPORT);

        assertThat(check.errors()).isEmpty();
        assertThat(check.valid()).isTrue();
        assertThat(check.described()).isTrue();
        assertThat(check.schemaPointer()).isEqualTo("#/components/schemas/" + RETURNED);
        PublishedContract.Message message = CONTRACT.message(RETURNED).orElseThrow();
        assertThat(message.topic()).isEqualTo(ReportingEvents.REPORT_RETURNED.topic());
        assertThat(message.channel()).isEqualTo("regionalReporting");
        assertThat(message.dataschemaPath()).isEqualTo(ReportingEvents.REPORT_RETURNED.schemaPath());
    }

    @Test
    void data_that_breaks_the_schema_is_reported_with_where_and_why() {
        String noComment = REPORT.replace("\"comment\":\"Lisää lähde.\",", "");
        String badStatus = REPORT.replace("\"status\":\"RETURNED\"", "\"status\":\"LOST\"");
        String badTime = REPORT.replace("2026-11-22T08:00:00Z", "yesterday");
        String extra = REPORT.replace("\"comment\":", "\"secret\":1,\"comment\":");

        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, noComment).errors()).anySatisfy(error ->
                assertThat(error).contains("#/components/schemas/" + RETURNED).contains("comment"));
        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, badStatus).valid()).isFalse();
        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, badTime).errors()).as("formats are asserted")
                .anySatisfy(error -> assertThat(error).contains("changedAt"));
        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, extra).errors()).as("a producer sends what the schema says")
                .anySatisfy(error -> assertThat(error).contains("secret"));
    }

    @Test
    void the_embedded_schema_judges_data_as_the_published_file_does() throws Exception {
        var published = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                EmbeddedSchemas.published(ReportingEvents.REPORT_RETURNED),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        ObjectMapper json = new ObjectMapper();
        for (String data : List.of(REPORT, REPORT.replace("\"status\":\"RETURNED\"", "\"status\":\"LOST\""),
                REPORT.replace("\"original\":\"fi\"}", "\"original\":\"de\"}"),
                REPORT.replace("\"level\":\"PLANNING\"", "\"level\":7"),
                REPORT.replace("\"comment\":\"Lisää lähde.\"", "\"comment\":\"\""))) {
            Set<String> byFile = published.validate(json.readTree(data)).stream().map(ValidationMessage::getMessage)
                    .map(message -> message.replaceFirst("^\\$", "")).collect(Collectors.toSet());
            Set<String> byDocument = CONTRACT.check(RETURNED, DATASCHEMA, data).errors().stream()
                    .map(error -> error.substring(error.indexOf(": ") + 2).replaceFirst("^\\$", ""))
                    .collect(Collectors.toSet());
            assertThat(byDocument).as(data).hasSameSizeAs(byFile);
            assertThat(byDocument.isEmpty()).isEqualTo(byFile.isEmpty());
        }
    }

    @Test
    void an_internal_or_unknown_type_is_not_described() {
        PublishedContract.Check internal = CONTRACT.check(RoadmapEvents.IMPORT_ACCEPTED.type(), DATASCHEMA, "{}");

        assertThat(CONTRACT.describes(RoadmapEvents.IMPORT_ACCEPTED.type())).isFalse();
        assertThat(internal.described()).isFalse();
        assertThat(internal.schemaPointer()).isNull();
        assertThat(internal.errors()).singleElement().asString().contains("describes no message");
        assertThat(CONTRACT.describes("fi.tiekartta.nothing.happened.v1")).isFalse();
        assertThat(CONTRACT.describes(RETURNED)).isTrue();
    }

    @Test
    void the_dataschema_must_be_a_url_ending_with_the_path_the_document_gives() {
        assertThat(CONTRACT.check(RETURNED, "https://tiekartta.example/events/schemas/" + RETURNED + ".schema.json",
                REPORT).errors()).isEmpty();
        assertThat(CONTRACT.check(RETURNED, "urn:tiekartta:schema:" + RETURNED, REPORT).errors())
                .singleElement().asString().contains("dataschema");
        assertThat(CONTRACT.check(RETURNED, "http://localhost:8080/events/schemas/other.schema.json", REPORT).valid())
                .isFalse();
        assertThat(CONTRACT.check(RETURNED, null, REPORT).valid()).isFalse();
    }

    @Test
    void data_that_is_not_one_json_document_is_reported() {
        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, "{\"report\":").errors())
                .singleElement().asString().contains("not one JSON document");
        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, REPORT + " {}").valid()).as("trailing content").isFalse();
        assertThat(CONTRACT.check(RETURNED, DATASCHEMA, null).errors()).singleElement().asString().contains("no data");
    }

    @Test
    void record_headers_are_checked_against_the_message_headers() {
        Map<String, String> headers = new HashMap<>(Map.of(
                "ce_specversion", "1.0",
                "ce_id", "89d1c94b-8a53-4a8b-9a5e-0c1f5e0c2a11",
                "ce_source", "/tiekartta/region-service",
                "ce_type", RETURNED,
                "ce_subject", "x1",
                "ce_time", "2026-11-22T08:00:00.123Z",
                "ce_dataschema", DATASCHEMA,
                "ce_aggregateversion", "3",
                "content-type", "application/json",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        assertThat(CONTRACT.headerErrors(RETURNED, headers)).isEmpty();

        headers.put("ce_type", ReportingEvents.REPORT_VERIFIED.type());
        headers.remove("ce_id");
        headers.put("ce_aggregateversion", "-1");
        assertThat(CONTRACT.headerErrors(RETURNED, headers)).hasSize(3)
                .anySatisfy(error -> assertThat(error).contains("ce_type"))
                .anySatisfy(error -> assertThat(error).contains("ce_id"))
                .anySatisfy(error -> assertThat(error).contains("ce_aggregateversion"));
    }

    @Test
    void the_document_is_read_from_its_served_json_or_yaml_text() {
        for (String text : List.of(DOCUMENT.json(), DOCUMENT.yaml())) {
            PublishedContract parsed = PublishedContract.parse(text);
            assertThat(parsed.types()).isEqualTo(CONTRACT.types());
            assertThat(parsed.check(RETURNED, DATASCHEMA, REPORT).valid()).isTrue();
        }
    }
}
