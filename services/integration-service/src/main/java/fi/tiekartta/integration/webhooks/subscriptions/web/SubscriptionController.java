package fi.tiekartta.integration.webhooks.subscriptions.web;

import fi.tiekartta.integration.webhooks.subscriptions.application.IssuedSecret;
import fi.tiekartta.integration.webhooks.subscriptions.application.SubscriptionService;
import fi.tiekartta.platform.web.Locations;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Webhook subscriptions: a programme administrator manages all of them, an integration client its own. The signing
 * secret is answered once, by the registration and by each rotation.
 */
@RestController
@RequestMapping("/api/webhooks/subscriptions")
@PreAuthorize(WebhookCallers.MAY_MANAGE)
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    ResponseEntity<SubscriptionView> register(@Valid @RequestBody SubscriptionRequest request) {
        IssuedSecret issued = subscriptions.register(WebhookCallers.current(), request.toCommand());
        return ResponseEntity.created(Locations.ofNew(issued.subscription().id()))
                .body(SubscriptionView.of(issued.subscription(), issued.secret()));
    }

    @GetMapping
    List<SubscriptionView> list() {
        return subscriptions.list(WebhookCallers.current()).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView get(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.get(WebhookCallers.current(), id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        subscriptions.delete(WebhookCallers.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/pause")
    SubscriptionView pause(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.pause(WebhookCallers.current(), id));
    }

    @PostMapping("/{id}/resume")
    SubscriptionView resume(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.resume(WebhookCallers.current(), id));
    }

    /** A new secret, shown once; the previous one keeps signing until {@code previousSecretUntil}. */
    @PostMapping("/{id}/secret/rotate")
    SubscriptionView rotateSecret(@PathVariable String id) {
        IssuedSecret issued = subscriptions.rotateSecret(WebhookCallers.current(), id);
        return SubscriptionView.of(issued.subscription(), issued.secret());
    }
}
