package fi.tiekartta.integration.webhooks.subscriptions.application;

import fi.tiekartta.integration.webhooks.subscriptions.Subscription;

/** A subscription with the secret just made for it: answered once (registration, rotation) and never again. */
public record IssuedSecret(Subscription subscription, String secret) {
}
