package fi.tiekartta.systemtests;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published event contract, checked the way an outside team would: a plain Kafka consumer reads everything the
 * services published during the whole run (the demo data and every earlier scenario), and each CloudEvent's type is
 * in the AsyncAPI document the gateway serves without a token, its {@code dataschema} URL resolves without a token,
 * and its data validates both against that schema and against the one the document gives.
 */
abstract class PublishedContractScenario {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected abstract SystemUnderTest system();

    @Test
    void anOutsideKafkaConsumerReceivesCloudEventsThatTheAsyncApiDocumentDescribes() {
        Api api = new Api(system().gatewayUrl());
        HttpResponse<String> document = api.get("/events/asyncapi.json", null);
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        JsonNode asyncApi = JSON.readTree(document.body());
        assertThat(asyncApi.path("asyncapi").asString()).startsWith("3.");
        AsyncApiMessages contract = new AsyncApiMessages(asyncApi);

        // Whatever the earlier scenarios and the demo data made the services publish, read as an outsider would.
        TopicReader topics = new TopicReader(system().kafkaBootstrapServers());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (String topic : List.of("tiekartta.programmes.v1", "tiekartta.work-packages.v1", "tiekartta.milestones.v1",
                "tiekartta.regional-reporting.v1")) {
            records.addAll(topics.readAll(topic));
        }
        assertThat(records).hasSizeGreaterThan(50);

        Map<String, JsonNode> schemasByUrl = new HashMap<>();
        Set<String> typesSeen = new HashSet<>();
        int validated = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = header(record, "ce_type");
            if (!contract.describes(type)) {
                // Only the roadmap import's acceptance is internal; everything else must be in the document.
                assertThat(type).isEqualTo("fi.tiekartta.roadmap.import-accepted.v1");
                continue;
            }
            typesSeen.add(type);
            String dataschema = header(record, "ce_dataschema");
            assertThat(dataschema).startsWith(system().gatewayUrl() + "/events/schemas/");
            JsonNode served = schemasByUrl.computeIfAbsent(dataschema, url -> {
                HttpResponse<String> fetched = api.get(url, null);
                assertThat(fetched.statusCode()).as(url).isEqualTo(200);
                return JSON.readTree(fetched.body());
            });
            // The document embeds each schema with its local references expanded; it is the same schema ($id).
            assertThat(served.path("$id").asString()).as(dataschema)
                    .isEqualTo(contract.schemaOf(type).path("$id").asString());
            String data = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(contract.violations(type, data)).as("%s %s against the AsyncAPI document", type,
                    header(record, "ce_id")).isEmpty();
            assertThat(AsyncApiMessages.violations(served, data)).as("%s %s against %s", type, header(record, "ce_id"),
                    dataschema).isEmpty();
            validated++;
        }
        assertThat(typesSeen).contains("fi.tiekartta.programme.created.v1", "fi.tiekartta.milestone.planned.v1",
                "fi.tiekartta.regional-report.returned.v1", "fi.tiekartta.reporting-round.opened.v1");
        System.out.printf("%d events of %d public types validated against the schemas the AsyncAPI document points to%n",
                validated, typesSeen.size());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
