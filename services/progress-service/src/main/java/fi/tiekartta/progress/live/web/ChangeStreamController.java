package fi.tiekartta.progress.live.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.sse.SseResponses;
import fi.tiekartta.platform.sse.SseSenders;
import fi.tiekartta.progress.changes.RecordedChange;
import fi.tiekartta.progress.live.CatchUp;
import fi.tiekartta.progress.live.ChangeBroadcast;
import fi.tiekartta.progress.live.ChangeFilter;
import fi.tiekartta.progress.live.StreamPosition;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change feed as server-sent events, for every reader: one {@code change} event per new entry, its id the
 * entry's position ({@code <generation>-<position>}), so that a client that reconnects with {@code Last-Event-ID}
 * first gets what it missed. See docs/services/progress-live.md.
 */
@RestController
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class ChangeStreamController {

    private final ChangeBroadcast broadcast;
    private final CatchUp catchUp;
    private final JsonMapper json;
    private final SseSenders senders;
    private final long timeoutMillis;
    private final int maxQueued;

    ChangeStreamController(ChangeBroadcast broadcast, CatchUp catchUp, JsonMapper json, SseSenders senders,
            @Value("${tiekartta.progress.live.timeout:PT30M}") Duration timeout,
            @Value("${tiekartta.progress.live.max-queued:1000}") int maxQueued) {
        this.broadcast = broadcast;
        this.catchUp = catchUp;
        this.json = json;
        this.senders = senders;
        this.timeoutMillis = timeout.toMillis();
        this.maxQueued = maxQueued;
    }

    /**
     * @param programme   only the entries of this programme (its code, SHKO)
     * @param region      only the entries of this region (its two-digit code, 09)
     * @param lastEventId the last event id seen, for clients that cannot send the {@code Last-Event-ID} header
     * @param lastEventIdHeader the header a reconnecting {@code EventSource} sends; it wins over the parameter
     */
    @GetMapping(path = "/api/progress/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<SseEmitter> stream(@RequestParam(required = false) String programme,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String region,
            @RequestParam(required = false) @Pattern(regexp = StreamPosition.PATTERN,
                    message = "must be an event id of this stream, <generation>-<position>") String lastEventId,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader) {
        ChangeFilter filter = new ChangeFilter(blankToNull(programme), region);
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        EmitterStream stream = new EmitterStream(emitter, filter, json, senders.executor(), broadcast, maxQueued);
        StreamPosition joined = broadcast.subscribe(stream).orElseThrow(this::full);
        try {
            start(stream, joined, filter,
                    lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventId);
        } catch (RuntimeException failed) { // e.g. the catch-up could not be read: no stream, so no subscriber
            broadcast.unsubscribe(stream);
            throw failed;
        }
        return SseResponses.stream(emitter);
    }

    /** Sends the greeting and the catch-up (or a reset) first, then lets the live entries through. */
    private void start(EmitterStream stream, StreamPosition joined, ChangeFilter filter, String seen) {
        List<SseEmitter.SseEventBuilder> first = new ArrayList<>();
        first.add(SseEmitter.event().comment("Tiekartta change feed, live").reconnectTime(3000));
        StreamPosition carryOn = joined;
        if (seen != null && !seen.isBlank()) {
            Optional<StreamPosition> parsed = StreamPosition.parse(seen);
            CatchUp.Result missed = parsed.map(position -> catchUp.between(position, joined, filter))
                    .orElseGet(() -> new CatchUp.Result(List.of(), true, "UNKNOWN_POSITION"));
            if (missed.reset()) {
                first.add(stream.resetEvent(missed.reason(), joined));
            } else {
                for (RecordedChange change : missed.entries()) {
                    first.add(stream.changeEvent(joined.at(change.position()), change));
                }
                StreamPosition position = parsed.get();
                carryOn = position.position() > joined.position() ? position : joined;
            }
        }
        stream.live(first, carryOn);
    }

    private ErrorResponseException full() {
        return SseResponses.noMoreStreams("This instance takes no more live streams now (it has as many as it takes, "
                + broadcast.maxSubscribers() + ", or it is shutting down); try again later.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
