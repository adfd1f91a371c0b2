package fi.tiekartta.integration.webhooks.delivery;

/** How one attempt ended. Anything but {@code DELIVERED} is retried until the attempts run out. */
public enum AttemptOutcome {
    /** A 2xx answer. */
    DELIVERED,
    /** Another status, or the connection failed. */
    FAILED,
    /** No answer within the response timeout. */
    TIMED_OUT,
    /** Not sent: the target now resolves to an internal address (checked before every attempt). */
    REFUSED
}
