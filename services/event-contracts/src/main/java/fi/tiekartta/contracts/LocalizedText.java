package fi.tiekartta.contracts;

/**
 * A text in the product's three languages as it travels in events. {@code original} names the language
 * the text was written in ({@code fi}, {@code sv} or {@code en}); the other two, where present, are
 * translations of it. Null where the text was not written by a person (e.g. a generated label).
 */
public record LocalizedText(String fi, String sv, String en, String original) {

    /** A text without a declared original, e.g. generated labels. */
    public LocalizedText(String fi, String sv, String en) {
        this(fi, sv, en, null);
    }
}
