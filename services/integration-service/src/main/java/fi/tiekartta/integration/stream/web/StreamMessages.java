package fi.tiekartta.integration.stream.web;

import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.platform.messaging.PublicEventsProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * How the log's events look on the wire. An event is sent as the CloudEvent in the JSON format (structured mode),
 * its {@code dataschema} a URL under the deployment's public base URL ({@code tiekartta.events.public-base-url}), where
 * the gateway serves the schema without a token. On the stream: {@code id} = its log position, {@code event} = its
 * CloudEvents type, {@code data} = the CloudEvent on one line.
 */
@Component
class StreamMessages {

    private final JsonMapper json;
    private final String publicBaseUrl;

    StreamMessages(JsonMapper json, PublicEventsProperties events) {
        this.json = json;
        this.publicBaseUrl = events.publicBaseUrl();
    }

    /** The CloudEvent in structured JSON, as a map any JSON writer writes. */
    Map<String, Object> cloudEvent(LoggedEvent logged) {
        return logged.event().withPublicDataschema(publicBaseUrl).structured();
    }

    SseEmitter.SseEventBuilder event(LoggedEvent logged) {
        return SseEmitter.event().id(Long.toString(logged.position())).name(logged.event().type())
                .data(json.writeValueAsString(cloudEvent(logged)), MediaType.TEXT_PLAIN);
    }

    SseEmitter.SseEventBuilder reset(String reason, long position) {
        return SseEmitter.event().id(Long.toString(position)).name("reset")
                .data(json.writeValueAsString(new ResetEventData(reason, position)), MediaType.TEXT_PLAIN);
    }
}
