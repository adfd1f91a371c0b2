package fi.tiekartta.web.reporting;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How the work pages show values: instants in Finnish time, shares as percentages, the API's codes (levels,
 * statuses, ratings) as words in the user's language. Templates call it as {@code @workFormats.…}.
 */
@Component("workFormats")
public class WorkFormats {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private final MessageSource messages;

    public WorkFormats(MessageSource messages) {
        this.messages = messages;
    }

    /** An ISO instant as the day and time in Finland, e.g. 3.12.2026 12:06; empty for none. */
    public String instant(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        try {
            return DAY_AND_TIME.format(Instant.parse(iso.toString()).atZone(FINLAND));
        } catch (DateTimeParseException notAnInstant) {
            return iso.toString();
        }
    }

    /** A number without a needless ".0": 29.0 → 29, 29.5 → 29.5; empty for none. */
    public String number(Object value) {
        if (value == null || value.toString().isBlank() || "null".equals(value.toString())) {
            return "";
        }
        try {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return value.toString();
        }
    }

    /** A code shown as a word: {@code word("work.level.", "PARTIAL")}; empty for none. */
    public String word(String keyPrefix, Object code) {
        if (code == null || code.toString().isBlank() || "null".equals(code.toString())) {
            return "";
        }
        return messages.getMessage(keyPrefix + code, null, code.toString(), LocaleContextHolder.getLocale());
    }

    /** An implementation value ({@code level, share, shareBasis}) in words, e.g. "Käytössä osassa aluetta, 35 % väestöstä". */
    public String implementation(Object value) {
        if (!(value instanceof Map<?, ?> implementation) || implementation.get("level") == null) {
            return "";
        }
        String level = word("work.level.", implementation.get("level"));
        Object share = implementation.get("share");
        if (share == null) {
            return level;
        }
        Object basis = implementation.get("shareBasis");
        return level + ", " + messages.getMessage("work.shareOf." + basis, new Object[] {number(share)},
                number(share) + " %", LocaleContextHolder.getLocale());
    }

    /** The same for a JSON node. */
    public String implementation(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.path("level").isNull() || value.path("level").isMissingNode()) {
            return "";
        }
        return implementation(Map.of("level", value.path("level").asString(),
                "share", value.path("share").isNull() || value.path("share").isMissingNode() ? "" : value.path("share").asString(),
                "shareBasis", value.path("shareBasis").isNull() ? "" : value.path("shareBasis").asString())
                .entrySet().stream().filter(entry -> !entry.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** A read-model text ({fi, sv, en}) as one string for comparisons: the page language's, else any. */
    public static String anyText(JsonNode text) {
        if (text == null || !text.isObject()) {
            return text == null || text.isNull() || text.isMissingNode() ? "" : text.asString();
        }
        StringBuilder all = new StringBuilder();
        for (String language : new String[] {"fi", "sv", "en"}) {
            JsonNode value = text.path(language);
            if (value.isString() && !value.asString().isBlank()) {
                if (!all.isEmpty()) {
                    all.append(" / ");
                }
                all.append(value.asString());
            }
        }
        return all.toString();
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
