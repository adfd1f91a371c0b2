package fi.tiekartta.web.layout;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Picks the language to show a read-model text in ({@code {"fi": …, "sv": …, "en": …, "original": "fi"}}): the
 * page's language, else Finnish, English, Swedish in that order. Templates call it as {@code @texts.pick(…)}.
 */
@Component("texts")
public class Texts {

    private static final List<String> FALLBACK_ORDER = List.of("fi", "en", "sv");

    /**
     * An official name given in all three languages (the organisers and cooperation areas, from Statistics Finland's
     * classification): shown like {@link #pick}, but never marked as our translation.
     */
    public ShownText pickName(Object localized) {
        ShownText shown = pick(localized);
        return new ShownText(shown.text(), shown.language(), shown.fallback(), false);
    }

    public ShownText pick(Object localized) {
        String page = Languages.current().code();
        if (!(localized instanceof Map<?, ?> texts)) {
            return localized == null ? new ShownText("", page, false, false) : new ShownText(localized.toString(), page, false, false);
        }
        Object original = texts.get("original");
        String chosen = present(texts, page) ? page : FALLBACK_ORDER.stream().filter(code -> present(texts, code)).findFirst().orElse(null);
        if (chosen == null) {
            return new ShownText("", page, false, false);
        }
        boolean translated = original instanceof String source && !source.equals(chosen);
        return new ShownText(texts.get(chosen).toString(), chosen, !chosen.equals(page), translated);
    }

    private static boolean present(Map<?, ?> texts, String code) {
        return texts.get(code) instanceof String text && !text.isBlank();
    }
}
