package fi.tiekartta.platform.web;

/** A request that is malformed in a way bean validation cannot see (a header, a query value): 400. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
