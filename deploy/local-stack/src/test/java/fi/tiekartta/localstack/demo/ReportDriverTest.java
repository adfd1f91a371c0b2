package fi.tiekartta.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The requests the demo loader sends for a report, against a stand-in for Keycloak and the gateway. */
class ReportDriverTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Gateway gateway;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/tiekartta/protocol/openid-connect/token",
                exchange -> answer(exchange, 200, "{\"access_token\":\"token\"}"));
        server.createContext("/api/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            requests.add(request);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!body.isBlank()) {
                bodies.add(json.readTree(body));
            }
            if (request.startsWith("GET /api/regions/09/reports?")) {
                answer(exchange, 200, "{\"content\":[]}");
            } else {
                answer(exchange, 201, "{\"id\":\"report-1\",\"status\":\"DRAFT\",\"version\":0,\"corrections\":[],"
                        + "\"basis\":{\"kind\":\"ILLUSTRATIVE\"}}");
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        HttpClient http = HttpClient.newHttpClient();
        gateway = new Gateway(base, new TokenSource(base + "/realms/tiekartta", http, json, Clock.systemUTC()), http, json);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDraftOfAnIllustrativeRoundSaysItIsIllustrative() {
        ObjectNode basis = (ObjectNode) json.readTree("""
                {"kind":"ILLUSTRATIVE","note":{"fi":"Esimerkki, ei todellista tietoa","sv":"Exempel, inte verkliga uppgifter",
                 "en":"Example, not real data","original":"fi"}}""");
        ObjectNode draft = (ObjectNode) json.readTree("{\"level\":\"PLANNING\",\"narrative\":{\"fi\":\"Luonnos.\",\"original\":\"fi\"}}");
        ReportDriver driver = new ReportDriver(gateway, new DemoUsers("stm-admin", "thl-verifier",
                Map.of("09", "reporter-paijat-hame")), json, new PrintStream(new ByteArrayOutputStream()));

        driver.advance("round-1", "measure-1", new ReportPlan("09", "TP6.1", draft, List.of(), List.of()), basis);

        assertThat(requests).containsExactly("GET /api/regions/09/reports?roundId=round-1&measureId=measure-1",
                "POST /api/regions/09/reports");
        JsonNode sent = bodies.get(0);
        assertThat(sent.path("roundId").asString()).isEqualTo("round-1");
        assertThat(sent.path("measureId").asString()).isEqualTo("measure-1");
        assertThat(sent.path("level").asString()).isEqualTo("PLANNING");
        assertThat(sent.path("basis")).isEqualTo(basis);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
