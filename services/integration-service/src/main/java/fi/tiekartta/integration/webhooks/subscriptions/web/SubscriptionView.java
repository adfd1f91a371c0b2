package fi.tiekartta.integration.webhooks.subscriptions.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as its manager sees it. {@code secret} is there only in the answer that made it (registration,
 * rotation): it is never shown again. {@code previousSecretUntil} says until when the previous secret still signs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubscriptionView(String id, String url, List<String> eventTypes, String programmeCode, String regionCode,
        String description, String status, String owner, Instant createdAt, Instant updatedAt,
        Instant previousSecretUntil, String secret) {

    static SubscriptionView of(Subscription subscription) {
        return of(subscription, null);
    }

    static SubscriptionView of(Subscription subscription, String secret) {
        return new SubscriptionView(subscription.id(), subscription.url().toString(),
                subscription.eventTypes().stream().sorted().toList(), subscription.programmeCode(),
                subscription.regionCode(), subscription.description(), subscription.status().name(),
                subscription.owner(), subscription.createdAt(), subscription.updatedAt(),
                subscription.previousSecretUntil(), secret);
    }
}
