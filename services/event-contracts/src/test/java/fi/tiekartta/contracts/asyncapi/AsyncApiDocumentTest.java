package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated document says exactly what the catalogue and the schemas say, in AsyncAPI 3's terms. */
class AsyncApiDocumentTest {

    static final ObjectNode DOCUMENT = AsyncApiDocument.generate().tree();

    static List<EventContract<?>> publicTypes() {
        return EventCatalog.PUBLIC;
    }

    @Test
    void every_public_type_is_a_message_and_nothing_else_is() {
        List<String> expected = EventCatalog.PUBLIC.stream().map(EventContract::type).toList();

        assertThat(names(DOCUMENT.path("components").path("messages"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names(DOCUMENT.path("components").path("schemas"))).containsExactlyInAnyOrderElementsOf(expected);
        List<String> onChannels = new ArrayList<>();
        DOCUMENT.path("channels").forEach(channel -> onChannels.addAll(names(channel.path("messages"))));
        assertThat(onChannels).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(PublishedContract.of(DOCUMENT).types()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(onChannels).doesNotContain(RoadmapEvents.IMPORT_ACCEPTED.type());
    }

    @Test
    void one_channel_per_public_topic_with_one_receive_operation_over_all_its_messages() {
        assertThat(PublicChannel.ALL).extracting(PublicChannel::topic).containsExactlyElementsOf(Topics.ALL);
        assertThat(names(DOCUMENT.path("channels"))).hasSize(Topics.ALL.size());
        assertThat(names(DOCUMENT.path("operations"))).hasSize(Topics.ALL.size());
        for (PublicChannel channel : PublicChannel.ALL) {
            JsonNode node = DOCUMENT.path("channels").path(channel.id());
            assertThat(node.path("address").asText()).isEqualTo(channel.topic());
            assertThat(node.path("bindings").path("kafka").path("topic").asText()).isEqualTo(channel.topic());
            JsonNode operation = DOCUMENT.path("operations").path(channel.operationId());
            assertThat(operation.path("action").asText()).isEqualTo("receive");
            assertThat(operation.path("channel").path("$ref").asText()).isEqualTo("#/channels/" + channel.id());
            List<String> operationMessages = new ArrayList<>();
            operation.path("messages").forEach(ref -> operationMessages.add(ref.path("$ref").asText()));
            assertThat(operationMessages).containsExactlyElementsOf(names(node.path("messages")).stream()
                    .map(type -> "#/channels/" + channel.id() + "/messages/" + type).toList());
            List<String> types = EventCatalog.PUBLIC.stream()
                    .filter(contract -> contract.topic().equals(channel.topic())).map(EventContract::type).toList();
            assertThat(names(node.path("messages"))).containsExactlyElementsOf(types);
        }
    }

    @ParameterizedTest
    @MethodSource("publicTypes")
    void each_embedded_schema_is_the_published_file_with_its_references_expanded(EventContract<?> contract) {
        JsonNode embedded = DOCUMENT.path("components").path("schemas").path(contract.type());
        ObjectNode published = EmbeddedSchemas.published(contract);

        assertThat(embedded).isEqualTo(EmbeddedSchemas.embed(published));
        assertThat(embedded.path("$id").asText()).isEqualTo(contract.dataSchemaUri());
        assertThat(embedded.path("$schema")).isEqualTo(published.path("$schema"));
        assertThat(embedded.toString()).as("no reference is left to resolve").doesNotContain("\"$ref\"");
        // and nothing of the file is lost: every property it declares at the top is there
        assertThat(names(embedded.path("properties"))).containsExactlyElementsOf(names(published.path("properties")));
        assertThat(embedded.path("required")).isEqualTo(published.path("required"));
    }

    @ParameterizedTest
    @MethodSource("publicTypes")
    void each_message_describes_the_cloudevents_headers_the_key_and_where_its_schema_is_served(EventContract<?> contract) {
        JsonNode message = DOCUMENT.path("components").path("messages").path(contract.type());
        PublicChannel channel = PublicChannel.of(contract.topic());

        assertThat(message.path("name").asText()).isEqualTo(contract.type());
        assertThat(message.path("title").asText()).isEqualTo(EmbeddedSchemas.published(contract).path("title").asText());
        assertThat(message.path("summary").asText()).isEqualTo(EventSummaries.of(contract)).isNotBlank();
        assertThat(message.path("contentType").asText()).isEqualTo("application/json");
        assertThat(message.path("payload").path("$ref").asText()).isEqualTo("#/components/schemas/" + contract.type());
        assertThat(message.path("x-dataschema-path").asText()).isEqualTo(contract.schemaPath());
        assertThat(message.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");

        JsonNode headers = message.path("headers");
        assertThat(names(headers.path("properties"))).containsAll(CloudEventHeaders.REQUIRED);
        assertThat(headers.path("required")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(CloudEventHeaders.REQUIRED);
        assertThat(headers.at("/properties/ce_type/const").asText()).isEqualTo(contract.type());
        assertThat(headers.at("/properties/ce_source/const").asText()).isEqualTo(channel.source());
        assertThat(headers.at("/properties/ce_specversion/const").asText()).isEqualTo("1.0");
        assertThat(headers.at("/properties/content-type/const").asText()).isEqualTo("application/json");
    }

    @Test
    void the_document_names_its_versions_the_servers_and_how_production_authenticates() {
        assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOCUMENT.path("info").path("version").asText()).isEqualTo(AsyncApiDocument.VERSION);
        assertThat(DOCUMENT.at("/servers/local/host").asText()).isEqualTo("localhost:9092");
        assertThat(DOCUMENT.at("/servers/local/protocol").asText()).isEqualTo("kafka");
        assertThat(DOCUMENT.at("/servers/local/security").isMissingNode()).as("the local stack has no credentials").isTrue();
        assertThat(DOCUMENT.at("/servers/production/security/0/$ref").asText())
                .isEqualTo("#/components/securitySchemes/" + AsyncApiGenerator.SECURITY_SCHEME);
        JsonNode scheme = DOCUMENT.at("/components/securitySchemes/" + AsyncApiGenerator.SECURITY_SCHEME);
        assertThat(scheme.path("type").asText()).isEqualTo("oauth2");
        assertThat(scheme.path("description").asText()).contains("OAUTHBEARER");
        assertThat(scheme.at("/flows/clientCredentials/tokenUrl").asText()).contains("/realms/tiekartta-kafka/");
    }

    @Test
    void the_yaml_form_is_the_same_document() throws Exception {
        AsyncApiDocument document = AsyncApiDocument.generate();
        assertThat(new YAMLMapper().readTree(document.yaml())).isEqualTo(document.tree());
        assertThat(document.yaml()).as("a version stays text").contains("const: \"1.0\"");
    }

    @Test
    void summaries_exist_for_the_public_types_only() {
        assertThat(EventSummaries.types()).containsExactlyInAnyOrderElementsOf(
                EventCatalog.PUBLIC.stream().map(EventContract::type).toList());
    }

    @Test
    void generating_twice_gives_the_same_text() {
        assertThat(AsyncApiDocument.generate().json()).isEqualTo(AsyncApiDocument.generate().json());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
