package fi.tiekartta.platform.application;

/** The addressed resource does not exist: answered 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what, String id) {
        super(what + " " + id + " does not exist.");
    }
}
