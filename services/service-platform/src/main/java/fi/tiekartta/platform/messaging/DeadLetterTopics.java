package fi.tiekartta.platform.messaging;

/**
 * Where a consumed record goes that can never be applied: the dead-letter topic of the topic it came from,
 * {@code <topic>.dlt} (e.g. {@code tiekartta.programmes.v1.dlt}). Every service creates the dead-letter topic of
 * each contract topic with the same partitions and settings as the topic itself ({@link EventTopicsAutoConfiguration}),
 * and its consumers' error handler publishes there ({@link ConsumerErrorHandlingAutoConfiguration}).
 */
public final class DeadLetterTopics {

    public static final String SUFFIX = ".dlt";

    private DeadLetterTopics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String of(String topic) {
        return topic + SUFFIX;
    }
}
