package fi.tiekartta.web.api;

import java.util.List;
import java.util.Map;

/** Reading the maps {@link ServiceApi#getModel} gives: lists, a page's content, a round matrix's cells. */
public final class JsonModels {

    private JsonModels() {
    }

    /** The value as a list of objects; empty when it is missing or not a list. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The {@code content} of a page answer; empty when there is none. */
    public static List<Map<String, Object>> content(Map<String, Object> page) {
        return page == null ? List.of() : list(page.get("content"));
    }

    /** The {@code matrix.cells} of a round's matrix answer; empty when there are none. */
    public static List<Map<String, Object>> cells(Map<String, Object> matrix) {
        return matrix != null && matrix.get("matrix") instanceof Map<?, ?> inner ? list(inner.get("cells")) : List.of();
    }
}
