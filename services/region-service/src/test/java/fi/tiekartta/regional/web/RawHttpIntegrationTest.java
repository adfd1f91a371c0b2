package fi.tiekartta.regional.web;

import fi.tiekartta.testing.EmbeddedMongoInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as bytes on a socket to the started service, because what they test happens in Tomcat and the servlet
 * filters, before (or instead of) Spring MVC: malformed URIs, form bodies, forwarded headers. A test token is
 * accepted by a stand-in decoder; its claims are shaped like the realm's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, brokerProperties = "num.partitions=1", bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
class RawHttpIntegrationTest {

    static final String ADMIN_TOKEN = "admin-token";

    @LocalServerPort
    int port;

    @TestConfiguration
    static class TestTokens {

        @Bean
        JwtDecoder testTokens() {
            return token -> {
                if (!ADMIN_TOKEN.equals(token)) {
                    throw new BadJwtException("not a test token");
                }
                Instant now = Instant.now();
                return Jwt.withTokenValue(token).header("alg", "RS256").subject("sub-stm-admin")
                        .claim("preferred_username", "stm-admin").claim("roles", List.of("programme-admin", "programme-viewer"))
                        .issuedAt(now).expiresAt(now.plusSeconds(300)).build();
            };
        }
    }

    @Test
    void a_uri_tomcat_refuses_is_answered_with_problem_json_not_an_html_page() throws IOException {
        for (String path : List.of("/api/national-indicators/%FF", "/api/%FF", "/api/regions/%C0%AF", "/%")) {
            Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("content-type")).as(path).startsWith("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void a_form_body_with_a_broken_escape_and_a_valid_token_is_415_not_401() throws IOException {
        for (String method : List.of("PUT", "POST")) {
            String path = method.equals("PUT") ? "/api/national-indicators/x" : "/api/national-indicators";
            Answer answer = send(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + ADMIN_TOKEN + "\r\nIf-Match: \"0\"\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\na=50 %");
            assertThat(answer.status()).as(method).isEqualTo(415);
            assertThat(answer.header("content-type")).as(method).startsWith("application/problem+json");
        }
    }

    @Test
    void a_json_body_in_utf_16_or_yaml_is_415() throws IOException {
        for (String contentType : List.of("application/json;charset=UTF-16", "application/yaml")) {
            byte[] body = "{}".getBytes(contentType.contains("16") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
            Answer answer = send("POST /api/national-indicators HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + ADMIN_TOKEN + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n", body);
            assertThat(answer.status()).as(contentType).isEqualTo(415);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
        }
    }

    @Test
    void a_direct_caller_with_x_forwarded_host_never_gets_a_location_naming_it() throws IOException {
        byte[] body = indicatorJson().getBytes(StandardCharsets.UTF_8);
        Answer answer = send("POST /api/national-indicators HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + ADMIN_TOKEN + "\r\nContent-Type: application/json\r\n"
                + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n"
                + "Forwarded: host=evil.example;proto=https\r\nContent-Length: " + body.length + "\r\n\r\n", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.header("location")).startsWith("/api/national-indicators/").doesNotContain("evil.example");
    }

    private static String indicatorJson() {
        return """
                {"programmeId":"programme-%s","title":{"fi":"Mallien käyttö"},"observedPeriod":"2020-09",\
                "unitOfObservation":{"fi":"hankealue"},"total":2,\
                "categories":[{"key":"IN_USE","label":{"fi":"Käytössä"},"count":2}],\
                "source":{"citation":{"fi":"Lähtötilanne syyskuussa 2020"}}}""".formatted(UUID.randomUUID());
    }

    private Answer send(String head) throws IOException {
        return send(head, new byte[0]);
    }

    private Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return new Answer(received.toString(StandardCharsets.UTF_8));
        }
    }

    /** A whole HTTP/1.1 answer as text. */
    record Answer(String raw) {

        int status() {
            return Integer.parseInt(raw.substring(9, 12));
        }

        String header(String name) {
            for (String line : raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        String body() {
            return raw.substring(raw.indexOf("\r\n\r\n") + 4);
        }
    }
}
