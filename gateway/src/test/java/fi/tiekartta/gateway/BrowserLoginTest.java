package fi.tiekartta.gateway;

import fi.tiekartta.gateway.GatewayRoutingTest.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser login through the gateway against a stand-in Keycloak ({@link StubKeycloak}) and stand-in web UI and
 * services. The test plays the browser: it follows the redirects by hand, carrying the session cookie, and plays
 * Keycloak's login form by asking the stub for a code bound to the authorization request's PKCE challenge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSigningKeys.class)
@AutoConfigureWebTestClient
class BrowserLoginTest {

    static final KeyPair KEYS = TestSigningKeys.KEYS;
    static final StubKeycloak KEYCLOAK = new StubKeycloak(KEYS);
    static final Backend WEB_UI = new Backend("web-ui");
    static final Backend PROGRAMMES = new Backend("programme-service");
    static final Backend PROGRESS = new Backend("progress-service");

    @Autowired
    WebTestClient client;

    @Autowired
    RouteLocator routes;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", KEYCLOAK::issuer);
        registry.add("WEB_CLIENT_SECRET", () -> StubKeycloak.CLIENT_SECRET);
        registry.add("WEB_UI_URL", WEB_UI::url);
        registry.add("PROGRAMME_SERVICE_URL", PROGRAMMES::url);
        registry.add("PROGRESS_SERVICE_URL", PROGRESS::url);
        registry.add("REGION_SERVICE_URL", () -> "http://127.0.0.1:9");
    }

    @BeforeEach
    void forget() {
        KEYCLOAK.reset();
        WEB_UI.requests.clear();
        PROGRAMMES.requests.clear();
        PROGRESS.requests.clear();
    }

    @AfterAll
    static void stop() {
        KEYCLOAK.stop();
        WEB_UI.server.stop(0);
        PROGRAMMES.server.stop(0);
        PROGRESS.server.stop(0);
    }

    @Test
    void a_page_request_without_a_session_is_sent_to_keycloak_with_a_pkce_challenge() {
        EntityExchangeResult<byte[]> page = client.get().uri("/roadmap/SHKO").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak")
                .expectBody().returnResult();
        String session = cookie(page, "SESSION").getValue();

        URI authorize = client.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();

        assertThat(authorize.toString()).startsWith(KEYCLOAK.authorizationEndpoint() + "?");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", "tiekartta-web")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/keycloak")
                .containsKeys("state", "nonce");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("scope").split(" ")).contains("openid");
        assertThat(WEB_UI.requests).isEmpty();
    }

    @Test
    void after_login_the_page_reaches_the_web_ui_with_the_users_access_token_and_the_csrf_cookie() {
        String session = login("/roadmap/SHKO");
        Map<String, String> codeExchange = KEYCLOAK.tokenRequests.get(0);
        assertThat(codeExchange).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");

        EntityExchangeResult<String> page = client.get().uri("/roadmap/SHKO").accept(MediaType.TEXT_HTML)
                .cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();

        assertThat(page.getResponseBody()).isEqualTo("web-ui:/roadmap/SHKO");
        Map<String, String> received = WEB_UI.requests.get("/roadmap/SHKO");
        assertThat(received.get("authorization")).matches("Bearer access-\\d+");
        ResponseCookie csrf = cookie(page, "XSRF-TOKEN");
        assertThat(csrf.isHttpOnly()).isFalse();
        assertThat(csrf.getSameSite()).isEqualTo("Lax");
        assertThat(csrf.getPath()).isEqualTo("/");
        // the web UI sees the token on this very first page, to put it into the logout form
        assertThat(received.get("cookie")).contains("XSRF-TOKEN=" + csrf.getValue())
                .as("the session id stays at the gateway").doesNotContain("SESSION=");
    }

    @Test
    void with_a_session_the_apis_and_the_change_stream_get_the_users_access_token() {
        String session = login("/");
        client.get().uri("/api/programmes/42").cookie("SESSION", session).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("programme-service:/api/programmes/42");
        client.get().uri("/api/progress/stream?programme=SHKO").cookie("SESSION", session)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("progress-service:/api/progress/stream");
        assertThat(PROGRAMMES.requests.get("/api/programmes/42").get("authorization")).matches("Bearer access-\\d+");
        assertThat(PROGRESS.requests.get("/api/progress/stream").get("authorization")).matches("Bearer access-\\d+");
    }

    @Test
    void a_machines_bearer_token_passes_through_unchanged_even_next_to_a_session() throws Exception {
        String session = login("/");
        String jwt = GatewayRoutingTest.token(KEYS, Instant.now().plusSeconds(60));
        client.get().uri("/api/programmes/7").cookie("SESSION", session).headers(h -> h.setBearerAuth(jwt)).exchange()
                .expectStatus().isOk();
        client.get().uri("/regions/09").headers(h -> h.setBearerAuth(jwt)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("web-ui:/regions/09");
        assertThat(PROGRAMMES.requests.get("/api/programmes/7")).containsEntry("authorization", "Bearer " + jwt);
        assertThat(WEB_UI.requests.get("/regions/09")).containsEntry("authorization", "Bearer " + jwt);
        // and bearer requests stay stateless: no session is made for them
        client.get().uri("/api/programmes/7").headers(h -> h.setBearerAuth(jwt)).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie");
    }

    @Test
    void an_access_token_about_to_expire_is_refreshed_before_it_is_relayed() {
        KEYCLOAK.expiresIn = 30; // within the client's 60 s clock skew: due for refresh at once
        String session = login("/");
        String first = KEYCLOAK.lastAccessToken;
        KEYCLOAK.expiresIn = 300;

        client.get().uri("/attention").accept(MediaType.TEXT_HTML).cookie("SESSION", session).exchange()
                .expectStatus().isOk();

        assertThat(KEYCLOAK.tokenRequests).extracting(request -> request.get("grant_type"))
                .containsExactly("authorization_code", "refresh_token");
        assertThat(WEB_UI.requests.get("/attention").get("authorization"))
                .isEqualTo("Bearer " + KEYCLOAK.lastAccessToken)
                .isNotEqualTo("Bearer " + first);
    }

    @Test
    void a_session_whose_tokens_cannot_be_refreshed_ends_and_asks_for_a_login_again() {
        KEYCLOAK.expiresIn = 30; // due for refresh at once
        String page = login("/");
        String api = login("/");
        KEYCLOAK.endSessions();

        client.get().uri("/attention?programme=SHKO").accept(MediaType.TEXT_HTML).cookie("SESSION", page).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/attention?programme=SHKO");
        client.get().uri("/attention?programme=SHKO").accept(MediaType.TEXT_HTML).cookie("SESSION", page).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
        client.get().uri("/api/programmes/42").cookie("SESSION", api).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/programmes/42").cookie("SESSION", api).exchange()
                .expectStatus().isUnauthorized();
        assertThat(WEB_UI.requests).isEmpty();
        assertThat(PROGRAMMES.requests).isEmpty();
    }

    @Test
    void logout_needs_the_csrf_token_and_ends_the_keycloak_session_too() {
        String session = login("/");
        EntityExchangeResult<String> page = client.get().uri("/").accept(MediaType.TEXT_HTML).cookie("SESSION", session)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        String csrf = cookie(page, "XSRF-TOKEN").getValue();

        client.post().uri("/logout").cookie("SESSION", session).cookie("XSRF-TOKEN", csrf).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/logout").cookie("SESSION", session).cookie("XSRF-TOKEN", csrf)
                .body(BodyInserters.fromFormData("_csrf", "not-the-token")).exchange()
                .expectStatus().isForbidden();

        URI endSession = client.post().uri("/logout").cookie("SESSION", session).cookie("XSRF-TOKEN", csrf)
                .body(BodyInserters.fromFormData("_csrf", csrf)).exchange()
                .expectStatus().isFound()
                .expectBody().returnResult().getResponseHeaders().getLocation();

        assertThat(endSession.toString()).startsWith(KEYCLOAK.endSessionEndpoint() + "?");
        assertThat(query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/");
        // the gateway's session is gone: the next page asks for a login again
        client.get().uri("/").accept(MediaType.TEXT_HTML).cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void the_web_uis_assets_and_accessibility_statement_need_no_login() {
        for (String path : List.of("/assets/app.css", "/accessibility", "/favicon.ico")) {
            client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("web-ui:" + path);
            assertThat(WEB_UI.requests.get(path)).doesNotContainKey("authorization");
        }
    }

    @Test
    void without_a_session_only_a_browsers_page_request_is_redirected_everything_else_gets_401_problem() {
        client.get().uri("/roadmap/SHKO").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/roadmap/SHKO").accept(MediaType.TEXT_HTML).header("HX-Request", "true").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/programmes").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        client.get().uri("/api/progress/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized();
        assertThat(WEB_UI.requests).isEmpty();
        assertThat(PROGRESS.requests).isEmpty();
    }

    @Test
    void the_gateways_own_paths_and_unknown_api_paths_never_reach_the_web_ui() throws Exception {
        String jwt = GatewayRoutingTest.token(KEYS, Instant.now().plusSeconds(60));
        for (String path : List.of("/api/no-such-resource", "/webjars/nothing.js", "/login/nothing", "/oauth2/nothing",
                "/v3/api-docs/nothing", "/logout")) {
            client.get().uri(path).headers(h -> h.setBearerAuth(jwt)).exchange();
        }
        assertThat(WEB_UI.requests).isEmpty();
    }

    @Test
    void the_web_ui_route_is_the_last_and_the_change_stream_has_no_response_timeout() {
        List<Route> all = routes.getRoutes().collectList().block();
        Route stream = all.stream().filter(route -> route.getId().equals("progress-stream")).findFirst().orElseThrow();
        Route progress = all.stream().filter(route -> route.getId().equals("progress")).findFirst().orElseThrow();
        Route webUi = all.stream().filter(route -> route.getId().equals("web-ui")).findFirst().orElseThrow();
        assertThat(String.valueOf(stream.getMetadata().get("response-timeout"))).isEqualTo("-1");
        assertThat(stream.getOrder()).isLessThan(progress.getOrder());
        assertThat(webUi.getOrder()).isEqualTo(Integer.MAX_VALUE);
        assertThat(all.get(all.size() - 1).getId()).isEqualTo("web-ui");
    }

    /** Logs in as a region reporter the way a browser does, starting at {@code page}; returns the new session cookie. */
    private String login(String page) {
        EntityExchangeResult<byte[]> first = client.get().uri(page).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectBody().returnResult();
        String session = cookie(first, "SESSION").getValue();
        URI authorize = client.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session).exchange()
                .expectStatus().isFound().expectBody().returnResult().getResponseHeaders().getLocation();
        Map<String, String> request = query(authorize);
        String code = KEYCLOAK.issueCode(request.get("code_challenge"), request.get("nonce"), "reporter-paijat-hame");

        URI callback = URI.create(request.get("redirect_uri"));
        EntityExchangeResult<byte[]> loggedIn = client.get()
                .uri(callback.getPath() + "?code=" + code + "&state=" + request.get("state"))
                .cookie("SESSION", session).exchange()
                .expectStatus().isFound()
                .expectHeader().location(page) // back to the page the user asked for
                .expectBody().returnResult();
        ResponseCookie renewed = cookie(loggedIn, "SESSION");
        assertThat(renewed.getValue()).as("a new session id at login").isNotEqualTo(session);
        assertThat(renewed.isHttpOnly()).isTrue();
        assertThat(renewed.getSameSite()).isEqualTo("Lax");
        return renewed.getValue();
    }

    private static ResponseCookie cookie(EntityExchangeResult<?> result, String name) {
        ResponseCookie cookie = result.getResponseCookies().getFirst(name);
        assertThat(cookie).as("cookie " + name).isNotNull();
        return cookie;
    }

    private static Map<String, String> query(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        entry -> URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
    }
}
