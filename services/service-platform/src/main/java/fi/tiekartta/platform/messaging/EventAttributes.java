package fi.tiekartta.platform.messaging;

import io.cloudevents.CloudEvent;

/**
 * Names of the CloudEvents extension attributes Tiekartta adds, and reading them from a consumed event.
 * {@code aggregateversion} is the version of the aggregate after the change the event describes: a
 * projection applies an event only when it is newer than what it already has, which makes redelivered
 * and duplicate events harmless.
 */
public final class EventAttributes {

    public static final String AGGREGATE_VERSION = "aggregateversion";

    private EventAttributes() {
    }

    public static long aggregateVersion(CloudEvent event) {
        Object value = event.getExtension(AGGREGATE_VERSION);
        if (value == null) {
            throw new IllegalArgumentException("Event " + event.getId() + " lacks the " + AGGREGATE_VERSION + " attribute");
        }
        return Long.parseLong(value.toString());
    }
}
