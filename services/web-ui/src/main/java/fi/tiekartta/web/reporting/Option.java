package fi.tiekartta.web.reporting;

import java.util.Arrays;
import java.util.List;

/** One choice of a radio group or a select: the value sent and the message key of its label. */
public record Option(String value, String labelKey) {

    public static List<Option> of(String keyPrefix, String... values) {
        return Arrays.stream(values).map(value -> new Option(value, keyPrefix + value)).toList();
    }
}
