package fi.tiekartta.web.notifications;

import com.sun.net.httpserver.HttpServer;
import fi.tiekartta.web.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The header's unread count against a real HTTP server standing in for notification-service: the count is asked
 * with the user's token; a service that hangs costs a page the short timeout once, and then nothing while the UI
 * stops asking; the page renders every time, the link without a count.
 */
@SpringBootTest(properties = {"tiekartta.notifications.unread-count.timeout=300ms",
        "tiekartta.notifications.unread-count.quiet-after-failure=30s"})
@AutoConfigureMockMvc
class UnreadBadgeTimeoutTest {

    private static final HttpServer SERVICE = start();
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();
    private static volatile boolean hanging;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void theStandIn(DynamicPropertyRegistry properties) {
        properties.add("tiekartta.services.notifications", () -> "http://localhost:" + SERVICE.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    @Test
    void aHangingServiceCostsAPageTheShortTimeoutOnceAndTheLinkIsShownWithoutACount() throws Exception {
        String answering = page();
        assertThat(answering).contains("<span class=\"nav-count\">(<span>7</span><span class=\"visually-hidden\"> lukematonta</span>)</span>");
        assertThat(ASKED).singleElement().asString()
                .contains("/api/notifications?unread=true&page=0&size=1").contains("Bearer token-of-viewer");

        hanging = true;
        long started = System.nanoTime();
        String whileHanging = page();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(whileHanging).contains("<a id=\"nav-notifications\" href=\"/notifications\"><span>Ilmoitukset</span></a>");
        assertThat(took).as("the page waited for the count").isLessThan(Duration.ofSeconds(2));
        assertThat(ASKED).hasSize(2);

        hanging = false;
        started = System.nanoTime();
        String afterwards = page();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(afterwards).contains("<span>Ilmoitukset</span></a>");
        assertThat(ASKED).as("asked again during the quiet period").hasSize(2);
    }

    private String page() throws Exception {
        return mvc.perform(get("/accessibility").with(SignedIn.viewer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/api/notifications", exchange -> {
                ASKED.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
                if (hanging) {
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = "{\"items\":[],\"unreadCount\":7,\"page\":0,\"size\":1,\"total\":7}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                } catch (IOException clientGone) {
                    // the UI gave up waiting
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
