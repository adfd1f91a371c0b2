package fi.tiekartta.notification.inbox;

import java.util.Objects;

/** A text of a notification in the product's three languages; every notification is written in all three. */
public record Texts(String fi, String sv, String en) {

    public Texts {
        Objects.requireNonNull(fi, "fi");
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language} ({@code fi}, {@code sv} or {@code en}); Finnish for anything else. */
    public String in(String language) {
        return switch (language == null ? "fi" : language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
    }
}
