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

    /** The event's {@code aggregateversion}; an event without one, or with one that is not a version, is invalid. */
    public static long aggregateVersion(CloudEvent event) {
        Object value = event.getExtension(AGGREGATE_VERSION);
        if (value == null) {
            throw new InvalidEventException("Event " + event.getId() + " (" + event.getType() + ") lacks the "
                    + AGGREGATE_VERSION + " attribute");
        }
        try {
            long version = Long.parseLong(value.toString());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidEventException("Event " + event.getId() + " (" + event.getType() + ") has " + AGGREGATE_VERSION
                + " '" + value + "', not a version (a whole number from 0)");
    }
}
