package fi.tiekartta.kernel.period;

import java.util.Locale;

/** The product's three languages, in which a {@link Period} can be {@linkplain Period#label(Language) labelled}. */
public enum Language {
    FI, SV, EN;

    /**
     * The language of a code such as {@code fi}, {@code sv-FI} or {@code EN}: the primary subtag of a
     * BCP 47 tag, case-insensitive.
     *
     * @throws IllegalArgumentException if the code is null or names none of the three languages
     */
    public static Language fromCode(String code) {
        if (code != null) {
            String primary = code.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
            for (Language language : values()) {
                if (language.code().equals(primary)) {
                    return language;
                }
            }
        }
        throw new IllegalArgumentException("Expected a language code fi, sv or en (e.g. \"fi\", \"sv-FI\"), got: " + code);
    }

    /** The ISO 639-1 code in lowercase: {@code fi}, {@code sv} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
