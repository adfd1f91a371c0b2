package fi.tiekartta.platform.json;

/**
 * What a text in a request may contain. Refused, because they are invisible or change how text around them is shown
 * (a name that reads differently in the UI, the history and an export than what was stored):
 * <ul>
 *   <li>control characters (C0 {@code U+0000–U+001F}, {@code U+007F}, C1 {@code U+0080–U+009F}) except tab, line
 *       feed and carriage return, which multi-line texts (narratives, reasons) need;</li>
 *   <li>bidirectional embeddings, overrides and isolates ({@code U+202A–U+202E}, {@code U+2066–U+2069}): they can
 *       make a text display in another order than it is stored (CVE-2021-42574, "Trojan Source");</li>
 *   <li>a surrogate that is not half of a pair ({@code "\ud800"}): it is no character at all, and would be replaced
 *       by {@code ?} when stored, so what is stored would differ from what was sent.</li>
 * </ul>
 */
public final class CleanText {

    private CleanText() {
    }

    /** Why {@code text} is refused, or {@code null} when it is clean. */
    public static String problemIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain a lone surrogate (" + codePoint(c) + ")";
            } else if (isControl(c)) {
                return "must not contain the control character " + codePoint(c);
            } else if (isBidiControl(c)) {
                return "must not contain the bidirectional control character " + codePoint(c);
            }
        }
        return null;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
