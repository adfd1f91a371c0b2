package fi.tiekartta.web.layout;

/**
 * A text from the read model as a page shows it: in the page's language when there is one, otherwise in a
 * fallback language, which the page marks with {@code lang} (WCAG 3.1.2) and says so.
 *
 * @param text       the text, or empty when the source has none in any language
 * @param language   the language the text is in
 * @param fallback   true when that is not the page's language
 * @param translated true when the text is our translation of a source in another language ({@code original})
 */
public record ShownText(String text, String language, boolean fallback, boolean translated) {

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return text == null ? "" : text;
    }
}
