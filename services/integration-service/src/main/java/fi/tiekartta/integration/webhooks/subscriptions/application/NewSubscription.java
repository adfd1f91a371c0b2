package fi.tiekartta.integration.webhooks.subscriptions.application;

import java.util.List;

/** A registration as asked: the target, the public event types, and the optional filters and description. */
public record NewSubscription(String url, List<String> eventTypes, String programmeCode, String regionCode,
        String description) {
}
