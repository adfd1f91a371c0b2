package fi.tiekartta.web.roadmap;

import java.util.Map;

/** Sums of the views' counts per level, for the templates. */
public final class Counts {

    private Counts() {
    }

    /** The sum of a map of counts ({@code {"PILOTING": 1, "PARTIAL": 2, …}}), 0 for null. */
    public static int sum(Object counts) {
        if (!(counts instanceof Map<?, ?> map)) {
            return 0;
        }
        return map.values().stream().mapToInt(value -> value instanceof Number number ? number.intValue() : 0).sum();
    }
}
