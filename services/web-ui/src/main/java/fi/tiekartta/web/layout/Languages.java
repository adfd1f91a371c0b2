package fi.tiekartta.web.layout;

import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three languages of the UI, in the order the language switch shows them. */
public enum Languages {
    FINNISH("fi", "Suomeksi"),
    SWEDISH("sv", "På svenska"),
    ENGLISH("en", "In English");

    private final String code;
    private final String nameInItself;

    Languages(String code, String nameInItself) {
        this.code = code;
        this.nameInItself = nameInItself;
    }

    public String code() {
        return code;
    }

    /** The language's name in that language, as the switch shows it. */
    public String nameInItself() {
        return nameInItself;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Languages> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The language of the page being rendered. */
    public static Languages current() {
        return of(LocaleContextHolder.getLocale().getLanguage()).orElse(FINNISH);
    }
}
