package fi.tiekartta.web.roadmap;

import java.util.Collection;
import java.util.Map;

/** Whether a view's answer contains anything whose basis is ILLUSTRATIVE (made-up demo content) or is marked illustrative. */
public final class Illustrative {

    private Illustrative() {
    }

    public static boolean anyIn(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (Boolean.TRUE.equals(map.get("illustrative"))) {
                return true;
            }
            if (map.get("kind") instanceof String kind && "ILLUSTRATIVE".equals(kind) && map.containsKey("source")) {
                return true;
            }
            return map.values().stream().anyMatch(Illustrative::anyIn);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().anyMatch(Illustrative::anyIn);
        }
        return false;
    }
}
