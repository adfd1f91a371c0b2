package fi.tiekartta.platform.messaging;

/**
 * A consumed record that can never be applied, however often it is delivered: not a complete Tiekartta event,
 * or its data is not JSON or does not validate against its type's published schema. It is poison: the
 * platform's consumer error handler does not retry it but sends it to the topic's dead-letter topic with this
 * message as the reason ({@code kafka_dlt-exception-message}), and consumption carries on
 * ({@link ConsumerErrorHandlingAutoConfiguration}). No cause is chained on purpose: Spring Kafka's reason header
 * ends with the root cause's message, and this message already says everything.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
