package fi.tiekartta.integration.stream.web;

import fi.tiekartta.integration.stream.CatchUp;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.integration.stream.StreamFilter;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.sse.SseResponses;
import fi.tiekartta.platform.sse.SseSenders;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The public events as server-sent events: one event per new log entry, its {@code id} the entry's position, its
 * {@code event} the CloudEvents type and its {@code data} the CloudEvent in JSON, so that a client that reconnects with
 * {@code Last-Event-ID} first gets what it missed, with no gap and nothing twice. See
 * docs/services/integration-service.md.
 */
@RestController
class EventStreamController {

    /** What a position looks like; a {@code lastEventId} parameter must be one. */
    static final String POSITION = "[0-9]{1,18}";

    private final EventBroadcast broadcast;
    private final CatchUp catchUp;
    private final StreamMessages messages;
    private final SseSenders senders;
    private final long timeoutMillis;
    private final int maxQueued;

    EventStreamController(EventBroadcast broadcast, CatchUp catchUp, StreamMessages messages, SseSenders senders,
            @Value("${tiekartta.event-stream.timeout:PT30M}") Duration timeout,
            @Value("${tiekartta.event-stream.max-queued:1000}") int maxQueued) {
        this.broadcast = broadcast;
        this.catchUp = catchUp;
        this.messages = messages;
        this.senders = senders;
        this.timeoutMillis = timeout.toMillis();
        this.maxQueued = maxQueued;
    }

    /**
     * @param type              only events of these CloudEvents types (a comma list, or the parameter repeated); a type
     *                          outside the public contract is refused (400)
     * @param programme         only events of this programme (its code, e.g. SHKO)
     * @param region            only events of this region (its two-digit code, e.g. 09); a reporting round counts for
     *                          every region it asks
     * @param lastEventId       the last event id seen, for clients that cannot send the {@code Last-Event-ID} header
     * @param lastEventIdHeader the header a reconnecting client sends; it wins over the parameter
     */
    @GetMapping(path = "/api/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<SseEmitter> stream(@RequestParam(required = false) List<String> type,
            @RequestParam(required = false) @Pattern(regexp = FilterParameters.PROGRAMME, message = "must be a programme code") String programme,
            @RequestParam(required = false) @Pattern(regexp = FilterParameters.REGION, message = "must be a two-digit region code") String region,
            @RequestParam(required = false) @Pattern(regexp = POSITION, message = "must be an event id of this stream (a position)") String lastEventId,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader) throws IOException {
        StreamFilter filter = FilterParameters.filter(type, programme, region);
        String seen = lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader.strip() : lastEventId;
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        EmitterStream stream = new EmitterStream(emitter, filter, messages, senders.executor(), broadcast, maxQueued);
        OptionalLong joined = broadcast.subscribe(stream);
        if (joined.isEmpty()) {
            throw full();
        }
        try {
            start(emitter, stream, joined.getAsLong(), filter, seen);
        } catch (RuntimeException | IOException failed) { // e.g. the catch-up could not be read: no stream, no subscriber
            broadcast.unsubscribe(stream);
            throw failed;
        }
        return SseResponses.stream(emitter);
    }

    /**
     * Sends the greeting and the catch-up (or a reset) first, then lets the live events through. A client too far
     * behind gets the first part of what it missed and the stream ends; it reconnects (an EventSource does so by
     * itself) from the last id it got and reads the next part.
     */
    private void start(SseEmitter emitter, EmitterStream stream, long joined, StreamFilter filter, String seen)
            throws IOException {
        List<SseEmitter.SseEventBuilder> first = new ArrayList<>();
        first.add(SseEmitter.event().comment("Tiekartta public events").reconnectTime(3000));
        long carryOn = joined;
        if (seen != null && !seen.isBlank()) {
            if (!seen.matches(POSITION)) {
                first.add(messages.reset(CatchUp.UNKNOWN_POSITION, joined));
            } else {
                CatchUp.Result missed = catchUp.between(Long.parseLong(seen), joined, filter, catchUp.maxEvents());
                if (missed.reset() != null) {
                    first.add(messages.reset(missed.reset(), missed.resetAt()));
                }
                missed.events().forEach(event -> first.add(messages.event(event)));
                if (!missed.complete()) {
                    broadcast.unsubscribe(stream);
                    first.add(SseEmitter.event().id(Long.toString(missed.upTo()))
                            .comment("more to read: reconnect with this Last-Event-ID").reconnectTime(500));
                    for (SseEmitter.SseEventBuilder event : first) {
                        emitter.send(event); // buffered until the answer starts
                    }
                    emitter.complete();
                    return;
                }
                carryOn = missed.upTo();
            }
        }
        stream.live(first, carryOn);
    }

    private ErrorResponseException full() {
        return SseResponses.noMoreStreams("This instance takes no more event streams now (it has as many as it takes, "
                + broadcast.maxSubscribers() + ", or it is starting or shutting down); try again later.");
    }
}
