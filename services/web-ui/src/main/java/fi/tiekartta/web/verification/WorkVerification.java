package fi.tiekartta.web.verification;

/** Marks the verification pages' package (for advice that applies to the work pages). */
public final class WorkVerification {

    private WorkVerification() {
    }
}
