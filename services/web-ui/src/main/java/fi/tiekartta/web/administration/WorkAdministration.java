package fi.tiekartta.web.administration;

/** Marks the administration pages' package (for advice that applies to the work pages). */
public final class WorkAdministration {

    private WorkAdministration() {
    }
}
