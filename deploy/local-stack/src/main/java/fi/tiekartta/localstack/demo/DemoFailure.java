package fi.tiekartta.localstack.demo;

/** The demo cannot be loaded: the message names the request and what came back, or what is missing. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }

    DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
