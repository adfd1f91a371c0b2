package fi.tiekartta.integration.webhooks.delivery.web;

import fi.tiekartta.integration.webhooks.delivery.DeliveryStatus;
import fi.tiekartta.integration.webhooks.delivery.application.DeliveryLog;
import fi.tiekartta.integration.webhooks.subscriptions.web.WebhookCallers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;

/**
 * The delivery log and replays, for whoever manages the subscriptions: an integration client sees the deliveries of
 * its own subscriptions only.
 */
@RestController
@PreAuthorize(WebhookCallers.MAY_MANAGE)
class DeliveryController {

    private final DeliveryLog log;

    DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    /** Newest first, filtered by subscription, status and creation time ({@code [from, to)}). */
    @GetMapping("/api/webhooks/deliveries")
    PagedModel<DeliveryView> list(@RequestParam(required = false) String subscriptionId,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PagedModel<>(log.list(WebhookCallers.current(), subscriptionId, status, from, to,
                PageRequest.of(page, size)).map(DeliveryView::of));
    }

    @GetMapping("/api/webhooks/deliveries/{id}")
    DeliveryView get(@PathVariable String id) {
        return DeliveryView.of(log.get(WebhookCallers.current(), id));
    }

    /** Sends the delivery again, with the same {@code webhook-id}; 202, as the attempt is made in the background. */
    @PostMapping("/api/webhooks/deliveries/{id}/redeliver")
    ResponseEntity<DeliveryView> redeliver(@PathVariable String id) {
        return ResponseEntity.accepted().body(DeliveryView.of(log.redeliver(WebhookCallers.current(), id)));
    }

    /** Sends again every delivery of the subscription's events whose time is in {@code [from, to)}. */
    @PostMapping("/api/webhooks/subscriptions/{id}/redeliver")
    ResponseEntity<Map<String, Integer>> redeliverRange(@PathVariable String id, @Valid @RequestBody RedeliveryRange range) {
        int queued = log.redeliverBetween(WebhookCallers.current(), id, range.from(), range.to());
        return ResponseEntity.accepted().body(Map.of("redelivered", queued));
    }
}
