package fi.tiekartta.platform.web;

/** A change came without If-Match: answered 428, so no one overwrites a version they have not seen. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Send the If-Match header with the ETag of the version you are changing.");
    }
}
