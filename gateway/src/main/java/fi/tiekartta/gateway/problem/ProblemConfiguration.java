package fi.tiekartta.gateway.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

import java.time.Duration;

/** The gateway's own errors as problem+json, at every layer they can arise in (see {@link Problems}). */
@Configuration(proxyBeanMethods = false)
public class ProblemConfiguration {

    /** Replaces Spring Boot's default error handler (same order), which answers with its own JSON shape. */
    @Bean
    @Order(-1)
    ProblemErrorHandler problemErrorHandler(@Value("${tiekartta.gateway.retry-after:10s}") Duration retryAfter,
            @Value("${spring.cloud.gateway.server.webflux.httpclient.response-timeout:10s}") Duration responseTimeout) {
        return new ProblemErrorHandler(retryAfter, responseTimeout);
    }

    @Bean
    ProblemOnEmptyErrorFilter problemOnEmptyErrorFilter() {
        return new ProblemOnEmptyErrorFilter();
    }

    @Bean
    DecodingFailureProblems decodingFailureProblems() {
        return new DecodingFailureProblems();
    }

    /**
     * Spring Security's firewall refuses paths with encoded slashes, NUL, {@code ..} segments, semicolons and the
     * like before any route is chosen; it answers 400 here, with a problem saying why.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler() {
        return (exchange, rejected) -> Problems.write(exchange, HttpStatus.BAD_REQUEST,
                "The request was refused: " + rejected.getMessage());
    }
}
