package fi.tiekartta.notification.roadmap;

import fi.tiekartta.notification.inbox.Texts;

/**
 * The five-point delivery confidence scale of government major projects, best first (workpackage-service's
 * {@code DeliveryConfidence}, the schema's enum of {@code rating}), with the web UI's labels.
 */
public enum Confidence {
    GREEN(new Texts("vihreä", "grön", "green")),
    AMBER_GREEN(new Texts("kelta-vihreä", "gul-grön", "amber-green")),
    AMBER(new Texts("keltainen", "gul", "amber")),
    AMBER_RED(new Texts("kelta-punainen", "gul-röd", "amber-red")),
    RED(new Texts("punainen", "röd", "red"));

    private final Texts label;

    Confidence(Texts label) {
        this.label = label;
    }

    public Texts label() {
        return label;
    }

    /** Whether {@code rating} is worse than {@code previous}; a first assessment (no previous) is no drop. */
    public static boolean dropped(String previous, String rating) {
        return previous != null && rating != null && valueOf(rating).ordinal() > valueOf(previous).ordinal();
    }
}
