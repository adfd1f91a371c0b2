package fi.tiekartta.gateway.eventcontract;

import fi.tiekartta.gateway.correlation.RequestIds;
import fi.tiekartta.gateway.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code GET /events/**}: the gateway's own answers, public (GatewaySecurityConfiguration permits them) and outside
 * the web UI's catch-all route (WebUiRoute). A router function is consulted before the gateway's routes, so these
 * paths never reach a service. The contract changes only with a release, so caches may keep it for five minutes.
 */
@Configuration(proxyBeanMethods = false)
class EventContractRoutes {

    static final String BASE = "/events";
    /** RFC 9512. */
    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    /** What a JSON Schema document is served as (the media type the JSON Schema specification registers). */
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    @Bean
    RouterFunction<ServerResponse> eventContractRouter() {
        PublishedEventContract contract = PublishedEventContract.load();
        return RouterFunctions.route()
                .GET(BASE, request -> ServerResponse.permanentRedirect(URI.create(BASE + "/")).build())
                .GET(BASE + "/", request -> ok(MediaType.parseMediaType("text/html;charset=UTF-8"), contract.page()))
                .GET(BASE + "/index.html", request -> ok(MediaType.parseMediaType("text/html;charset=UTF-8"), contract.page()))
                .GET(BASE + "/asyncapi.css", request -> ok(MediaType.parseMediaType("text/css;charset=UTF-8"), contract.stylesheet()))
                .GET(BASE + "/asyncapi.json", request -> ok(MediaType.APPLICATION_JSON, contract.json()))
                .GET(BASE + "/asyncapi.yaml", request -> ok(YAML, contract.yaml()))
                .GET(BASE + "/schemas/{file}", request -> contract.schema(request.pathVariable("file"))
                        .map(schema -> ok(SCHEMA_JSON, schema))
                        .orElseGet(() -> notFound(request)))
                .build();
    }

    private static Mono<ServerResponse> ok(MediaType type, byte[] body) {
        return ServerResponse.ok().contentType(type).cacheControl(CACHE).contentLength(body.length).bodyValue(body);
    }

    private static Mono<ServerResponse> notFound(ServerRequest request) {
        byte[] problem = Problems.body(HttpStatus.NOT_FOUND.value(), "No public event type has the schema "
                + request.pathVariable("file") + ". The AsyncAPI document at " + BASE + "/asyncapi.json lists every "
                + "public type and the path of its schema.", request.path(), RequestIds.of(request.exchange()));
        return ServerResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .contentLength(problem.length).bodyValue(problem);
    }
}
