package fi.tiekartta.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Keycloak's realm {@code tiekartta}, as far as the gateway's login talks to it: the OpenID discovery
 * document, the signing keys and the token endpoint (authorization code with PKCE, and refresh). The authorization
 * and end-session endpoints are only ever redirect targets, so the test plays the browser and Keycloak's login
 * form: it reads the authorization request from the redirect and asks {@link #issueCode} for a code.
 * <p>
 * The token endpoint checks what the real one would: the client's secret, the code, the redirect URI and that the
 * {@code code_verifier} hashes (S256) to the challenge the authorization request carried.
 */
final class StubKeycloak {

    static final String CLIENT_ID = "tiekartta-web";
    static final String CLIENT_SECRET = "test-web-secret";

    private final KeyPair keys;
    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger accessTokens = new AtomicInteger();
    final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    volatile long expiresIn = 300;
    volatile String lastAccessToken;

    private record Grant(String challenge, String nonce, String username) {
    }

    StubKeycloak(KeyPair keys) {
        this.keys = keys;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/realms/tiekartta/.well-known/openid-configuration", exchange -> respond(exchange, 200, discovery()));
        server.createContext("/realms/tiekartta/protocol/openid-connect/certs", exchange -> respond(exchange, 200,
                new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("stub").build()).toString(true)));
        server.createContext("/realms/tiekartta/protocol/openid-connect/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/tiekartta";
    }

    String authorizationEndpoint() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    String endSessionEndpoint() {
        return issuer() + "/protocol/openid-connect/logout";
    }

    /** The user logged in at the login form: a code for the authorization request with this challenge and nonce. */
    String issueCode(String challenge, String nonce, String username) {
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(challenge, nonce, username));
        return code;
    }

    /** The user's Keycloak session ended (logged out elsewhere, or expired): no refresh token works any more. */
    void endSessions() {
        refreshTokens.clear();
    }

    void reset() {
        tokenRequests.clear();
        expiresIn = 300;
    }

    void stop() {
        server.stop(0);
    }

    private String discovery() {
        return """
                {"issuer":"%1$s","authorization_endpoint":"%2$s","token_endpoint":"%1$s/protocol/openid-connect/token",
                 "jwks_uri":"%1$s/protocol/openid-connect/certs","end_session_endpoint":"%3$s",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"],
                 "grant_types_supported":["authorization_code","refresh_token"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"],
                 "scopes_supported":["openid","profile","email"]}"""
                .formatted(issuer(), authorizationEndpoint(), endSessionEndpoint());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form);
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                Grant grant = codes.remove(form.getOrDefault("code", ""));
                if (grant == null || !s256(form.getOrDefault("code_verifier", "")).equals(grant.challenge())
                        || !form.getOrDefault("redirect_uri", "").endsWith("/login/oauth2/code/keycloak")) {
                    respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                respond(exchange, 200, tokens(grant.username(), idToken(grant)));
            }
            case "refresh_token" -> {
                String username = refreshTokens.get(form.getOrDefault("refresh_token", ""));
                if (username == null) {
                    respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                respond(exchange, 200, tokens(username, null));
            }
            default -> respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private String tokens(String username, String idToken) {
        String refresh = "refresh-" + UUID.randomUUID();
        refreshTokens.put(refresh, username);
        lastAccessToken = "access-" + accessTokens.incrementAndGet();
        return """
                {"access_token":"%s","token_type":"Bearer","expires_in":%d,"refresh_token":"%s",\
                "scope":"openid profile email"%s}"""
                .formatted(lastAccessToken, expiresIn, refresh,
                        idToken == null ? "" : ",\"id_token\":\"" + idToken + "\"");
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + grant.username())
                .audience(CLIENT_ID).claim("azp", CLIENT_ID).claim("nonce", grant.nonce())
                .claim("preferred_username", grant.username())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stub").build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
