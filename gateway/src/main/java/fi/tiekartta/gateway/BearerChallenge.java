package fi.tiekartta.gateway;

import fi.tiekartta.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * 401 as RFC 9457 problem+json with the RFC 6750 challenge, saying why: a missing token gets the bare
 * {@code Bearer realm="tiekartta"} (RFC 6750 3.1: no error code when no credentials were sent); a refused one gets
 * {@code error="invalid_token"} and an {@code error_description} naming the reason (expired, signature, issuer,
 * audience, malformed), and the problem's {@code detail} says the same. The descriptions are written here rather
 * than passed on from the JWT library, so they stay short, stable and free of the token's content.
 */
final class BearerChallenge implements ServerAuthenticationEntryPoint {

    private final String issuer;
    private final String audience;

    BearerChallenge(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException refused)) {
            return write(exchange, null, "A bearer token from the tiekartta realm is required (Authorization: Bearer <token>).");
        }
        String error = refused.getError().getErrorCode();
        return write(exchange, error == null || error.isBlank() ? "invalid_token" : error, describe(refused));
    }

    /** The login session behind a browser's request has ended; the same 401 shape, for the caller's script. */
    static Mono<Void> sessionEnded(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tiekartta\"");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "Your login has ended. Log in again.");
    }

    private String describe(OAuth2AuthenticationException refused) {
        Collection<OAuth2Error> errors = refused.getCause() instanceof JwtValidationException invalid
                ? invalid.getErrors() : List.of(refused.getError());
        StringBuilder text = new StringBuilder();
        for (OAuth2Error error : errors) {
            text.append(' ').append(error.getDescription());
        }
        for (Throwable cause = refused; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(' ').append(cause.getMessage());
        }
        String said = text.toString().toLowerCase(Locale.ROOT);
        if (said.contains("expired")) {
            return "The token has expired. Get a new one.";
        }
        if (said.contains("not before") || said.contains("nbf")) {
            return "The token is not valid yet.";
        }
        if (said.contains("iss claim") || said.contains("issuer")) {
            return "The token was not issued by " + issuer + " (its iss claim differs).";
        }
        if (said.contains("aud claim") || said.contains("audience")) {
            return "The token is not meant for " + audience + " (its aud claim does not contain it).";
        }
        if (said.contains("signature") || said.contains("signed jwt rejected") || said.contains("no matching key")
                || said.contains("algorithm") || said.contains("unsecured")) {
            return "The token's signature could not be verified with the tiekartta realm's keys.";
        }
        if (said.contains("malformed") || said.contains("parse") || said.contains("serialization")) {
            return "The token is not a well-formed JWT.";
        }
        return "The token is not valid.";
    }

    private static Mono<Void> write(ServerWebExchange exchange, String error, String description) {
        String challenge = error == null ? "Bearer realm=\"tiekartta\""
                : "Bearer realm=\"tiekartta\", error=\"" + error + "\", error_description=\"" + description.replace("\"", "'") + "\"";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, description);
    }
}
