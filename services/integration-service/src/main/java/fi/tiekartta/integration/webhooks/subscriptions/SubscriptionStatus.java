package fi.tiekartta.integration.webhooks.subscriptions;

/** Whether a subscription gets deliveries now. A paused one's events are logged as {@code PAUSED} and not sent. */
public enum SubscriptionStatus {
    ACTIVE, PAUSED
}
