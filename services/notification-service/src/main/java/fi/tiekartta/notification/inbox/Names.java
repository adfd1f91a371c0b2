package fi.tiekartta.notification.inbox;

import fi.tiekartta.kernel.FinnishTime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A name or title in fi, sv and en as other contexts' events carry it (any of them may be missing: a title written
 * in Finnish and not translated), read in a language with the fall-backs a reader would accept, and the few
 * formats notifications share.
 */
public record Names(String fi, String sv, String en) {

    public static final Names NONE = new Names(null, null, null);
    private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm", Locale.forLanguageTag("fi"));
    private static final DateTimeFormatter SV = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' H.mm", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' H:mm", Locale.ENGLISH);

    /** The name in {@code language}, else in Finnish, else in Swedish, else in English; null when there is none. */
    public String in(String language) {
        String asked = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return firstOf(asked, fi, sv, en);
    }

    /** The name in {@code language} as {@link #in}, or {@code otherwise} when there is none. */
    public String in(String language, String otherwise) {
        String name = in(language);
        return name == null ? otherwise : name;
    }

    public boolean isEmpty() {
        return in("fi") == null;
    }

    /** An instant as a Finnish reader expects it in each language, in Finnish time ("31.1.2027 klo 23.59"). */
    public static Texts finnishTime(Instant instant) {
        var local = instant.atZone(FinnishTime.ZONE);
        return new Texts(FI.format(local), SV.format(local), EN.format(local) + " (Finnish time)");
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
