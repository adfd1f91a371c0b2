package fi.tiekartta.kernel;

import fi.tiekartta.contracts.LocalizedText;

import java.util.Set;

/**
 * A text in Finnish, Swedish and English, shared by every context's domain. {@code original} is the language it was written in (the seed
 * documents are Finnish); the other languages, where given, are translations of it and are shown as such.
 */
public record Text(String fi, String sv, String en, String original) {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    public Text {
        original = original == null ? "fi" : original;
        if (!LANGUAGES.contains(original)) {
            throw new DomainRuleViolation("The original language of a text is fi, sv or en, not " + original + ".");
        }
        fi = blankToNull(fi);
        sv = blankToNull(sv);
        en = blankToNull(en);
        String originalText = switch (original) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        if (originalText == null) {
            throw new DomainRuleViolation("A text needs its original (" + original + ") version.");
        }
    }

    /** A text written in Finnish, not (yet) translated. */
    public static Text finnish(String fi) {
        return new Text(fi, null, null, "fi");
    }

    /** A text as events (and imported documents) carry it. */
    public static Text fromEvent(LocalizedText text) {
        return new Text(text.fi(), text.sv(), text.en(), text.original());
    }

    /** The same text as events carry it. */
    public LocalizedText toEvent() {
        return new LocalizedText(fi, sv, en, original);
    }

    /** The text in a language, or null where it has not been written or translated. */
    public String in(String language) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            case "en" -> en;
            default -> null;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
