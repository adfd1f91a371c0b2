package fi.tiekartta.integration.webhooks.subscriptions.web;

import fi.tiekartta.integration.webhooks.subscriptions.application.NewSubscription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A registration: where to send, which public event types, and optionally only one programme's (by code) or one
 * region's (Statistics Finland code) events. Whether the URL may be called and the types are public is decided by
 * the application (422 naming the reason).
 */
record SubscriptionRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> eventTypes,
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be a programme code") String programmeCode,
        @Size(max = 10) @Pattern(regexp = "[0-9A-Za-z]+", message = "must be a region code") String regionCode,
        @Size(max = 500) String description) {

    NewSubscription toCommand() {
        return new NewSubscription(url, eventTypes, programmeCode, regionCode, description);
    }
}
