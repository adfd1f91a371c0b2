package fi.tiekartta.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.asyncapi.AsyncApiDocument;
import fi.tiekartta.contracts.asyncapi.PublishedContract;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /events/**}: the public event contract answered by the gateway itself, without a token, never by the web UI
 * (whose address here is one where nothing listens, so a request routed there would fail with 503).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSigningKeys.class)
@AutoConfigureWebTestClient
class EventContractEndpointsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    WebTestClient client;

    @Autowired
    void client(WebTestClient client) {
        // the document is larger than WebTestClient's default buffer of 256 kB
        this.client = client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    }

    @DynamicPropertySource
    static void nothingElseListens(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:9/realms/tiekartta");
        registry.add("WEB_UI_URL", () -> "http://127.0.0.1:9");
    }

    @Test
    void the_asyncapi_document_is_served_as_json_without_a_token() throws Exception {
        byte[] body = client.get().uri("/events/asyncapi.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("max-age=300"))
                .expectBody().returnResult().getResponseBody();

        JsonNode document = JSON.readTree(body);
        assertThat(document).isEqualTo(AsyncApiDocument.generate().tree());
        assertThat(PublishedContract.of(document).types()).hasSize(EventCatalog.PUBLIC.size());
    }

    @Test
    void the_asyncapi_document_is_served_as_yaml_without_a_token() throws Exception {
        byte[] body = client.get().uri("/events/asyncapi.yaml").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/yaml"))
                .expectBody().returnResult().getResponseBody();

        assertThat(new YAMLMapper().readTree(body)).isEqualTo(AsyncApiDocument.generate().tree());
    }

    @Test
    void the_page_lists_every_public_type_with_a_link_to_its_schema_and_needs_no_script() {
        for (String path : new String[] {"/events/", "/events/index.html"}) {
            String page = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("script-src 'self'"))
                    .expectBody(String.class).returnResult().getResponseBody();

            assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                    .contains("<a href=\"asyncapi.json\">", "<a href=\"asyncapi.yaml\">", "href=\"asyncapi.css\"")
                    .contains("ce_specversion", "ce_dataschema", "ce_aggregateversion", "content-type")
                    .doesNotContain("<script", " style=", " onclick=")
                    .doesNotContain(RoadmapEvents.IMPORT_ACCEPTED.type());
            for (EventContract<?> contract : EventCatalog.PUBLIC) {
                assertThat(page).contains("<code>" + contract.type() + "</code>")
                        .contains("<a href=\"schemas/" + contract.type() + ".schema.json\">");
                assertThat(page).contains("<code>" + contract.topic() + "</code>");
            }
        }
        client.get().uri("/events/asyncapi.css").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/css"));
        client.get().uri("/events").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().location("/events/");
    }

    @Test
    void every_public_schema_is_served_as_published_without_a_token() throws Exception {
        for (EventContract<?> contract : EventCatalog.PUBLIC) {
            byte[] body = client.get().uri(contract.schemaPath()).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/schema+json"))
                    .expectBody().returnResult().getResponseBody();
            try (InputStream file = EventContract.class.getResourceAsStream(contract.schemaResource())) {
                assertThat(new String(body, StandardCharsets.UTF_8))
                        .isEqualTo(new String(file.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(JSON.readTree(body).path("$id").asText()).isEqualTo(contract.dataSchemaUri());
        }
    }

    @Test
    void an_internal_or_unknown_schema_is_404_problem() {
        for (String path : new String[] {RoadmapEvents.IMPORT_ACCEPTED.schemaPath(),
                "/events/schemas/fi.tiekartta.nothing.happened.v1.schema.json", "/events/schemas/roadmap-document.v1.schema.json"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(404);
        }
        client.get().uri("/events/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_browser_without_a_session_is_not_sent_to_the_login() {
        client.get().uri("/events/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
    }
}
