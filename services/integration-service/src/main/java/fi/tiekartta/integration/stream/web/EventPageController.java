package fi.tiekartta.integration.stream.web;

import fi.tiekartta.integration.stream.CatchUp;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.platform.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The log in pages, for clients that poll rather than hold a stream open: the same events, positions and filters as
 * {@code GET /api/events/stream}. A page ends at the last position this instance has settled, so a position is never
 * read before a gap before it is settled; an empty page with {@code more} false means "nothing new, ask again later".
 */
@RestController
class EventPageController {

    private final EventBroadcast broadcast;
    private final CatchUp catchUp;
    private final StreamMessages messages;

    EventPageController(EventBroadcast broadcast, CatchUp catchUp, StreamMessages messages) {
        this.broadcast = broadcast;
        this.catchUp = catchUp;
        this.messages = messages;
    }

    /**
     * @param after the last position the client has (0, the default: from the start of what the log keeps)
     * @param limit at most this many events (1–500, 100 by default)
     */
    @GetMapping("/api/events")
    @PreAuthorize(Roles.CAN_READ)
    EventPage page(@RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) @Pattern(regexp = FilterParameters.PROGRAMME, message = "must be a programme code") String programme,
            @RequestParam(required = false) @Pattern(regexp = FilterParameters.REGION, message = "must be a two-digit region code") String region) {
        long settled = broadcast.position().orElseThrow(EventPageController::notStarted);
        CatchUp.Result read = catchUp.between(after, settled, FilterParameters.filter(type, programme, region), limit);
        List<EventPage.Item> items = read.events().stream()
                .map(event -> new EventPage.Item(event.position(), messages.cloudEvent(event))).toList();
        return new EventPage(items, read.upTo(), !read.complete(), read.reset());
    }

    private static ErrorResponseException notStarted() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "This instance is starting or shutting down; try again later.");
        ErrorResponseException unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return unavailable;
    }
}
