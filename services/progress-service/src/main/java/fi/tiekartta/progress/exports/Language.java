package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.LocalizedText;

import java.util.Locale;

/**
 * The language of an export: its headings, labels and the texts it shows. A text is shown in the chosen language
 * where it is written or translated in it, else in its original language (the fallback), else in whichever of
 * fi, sv, en it has.
 */
public enum Language {
    FI("fi"), SV("sv"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** {@code fi}, {@code sv} or {@code en} (any case); null is Finnish, the default. */
    public static Language of(String code) {
        if (code == null) {
            return FI;
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "fi" -> FI;
            case "sv" -> SV;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("lang: must be fi, sv or en, not " + code);
        };
    }

    /** The text in this language, as written: null where it is not. */
    public String in(LocalizedText text) {
        if (text == null) {
            return null;
        }
        String value = switch (this) {
            case FI -> text.fi();
            case SV -> text.sv();
            case EN -> text.en();
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** One of three literal texts: {@code pick("Ohjelma", "Program", "Programme")}. */
    public String pick(String fi, String sv, String en) {
        return switch (this) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    /** The language with this code, or null. */
    static Language ofCode(String code) {
        try {
            return code == null ? null : of(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
