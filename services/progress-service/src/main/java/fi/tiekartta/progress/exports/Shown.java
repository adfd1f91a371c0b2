package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.LocalizedText;

/**
 * A text as an export shows it in a language, and how it came to be in it: as written ({@link Kind#ORIGINAL}),
 * as our translation of the original ({@link Kind#TRANSLATION}), or in its original language because no
 * translation exists ({@link Kind#FALLBACK}). {@link Kind#NONE} where there is no text; {@link Kind#UNDECLARED}
 * where the text names no original language (a generated label).
 */
record Shown(String text, Kind kind, Language original) {

    enum Kind {
        ORIGINAL, TRANSLATION, FALLBACK, UNDECLARED, NONE
    }

    static Shown of(LocalizedText text, Language language) {
        if (text == null) {
            return new Shown(null, Kind.NONE, null);
        }
        Language original = Language.ofCode(text.original());
        String chosen = language.in(text);
        if (original == null) {
            if (chosen != null) {
                return new Shown(chosen, Kind.UNDECLARED, null);
            }
            for (Language any : Language.values()) {
                if (any.in(text) != null) {
                    return new Shown(any.in(text), Kind.UNDECLARED, any);
                }
            }
            return new Shown(null, Kind.NONE, null);
        }
        if (chosen != null) {
            return new Shown(chosen, original == language ? Kind.ORIGINAL : Kind.TRANSLATION, original);
        }
        if (original.in(text) != null) {
            return new Shown(original.in(text), Kind.FALLBACK, original);
        }
        for (Language any : Language.values()) {
            if (any.in(text) != null) {
                return new Shown(any.in(text), Kind.FALLBACK, any);
            }
        }
        return new Shown(null, Kind.NONE, null);
    }

    /** The text, or {@code otherwise} where there is none. */
    String or(String otherwise) {
        return text != null ? text : otherwise;
    }
}
