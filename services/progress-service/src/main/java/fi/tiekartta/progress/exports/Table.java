package fi.tiekartta.progress.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of an export (a sheet of a workbook, or the whole of a CSV): its columns with headings in the
 * export's language, and its rows. A value is a {@link String}, an {@link Integer}, a {@link Double} or null
 * (empty); the formats decide how to write numbers.
 *
 * @param name the sheet's name (at most 31 characters, as Excel allows)
 */
public record Table(String name, List<Column> columns, List<Row> rows) {

    /** A column: {@code key} names it in the code, {@code heading} in the export. */
    public record Column(String key, String heading) {
    }

    /** A row, its values by column key. */
    public record Row(Map<String, Object> values) {

        public Object get(String key) {
            return values.get(key);
        }
    }

    /** Builds a table column by column, then row by row. */
    static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder column(String key, String heading) {
            columns.add(new Column(key, heading));
            return this;
        }

        Builder columns(List<Column> more) {
            columns.addAll(more);
            return this;
        }

        RowBuilder row() {
            RowBuilder row = new RowBuilder();
            rows.add(new Row(row.values));
            return row;
        }

        Table build() {
            return new Table(name, List.copyOf(columns), List.copyOf(rows));
        }
    }

    /** Sets a row's values; a key that is not a column is not written. */
    static final class RowBuilder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        RowBuilder set(String key, Object value) {
            if (value != null && !(value instanceof String || value instanceof Integer || value instanceof Double)) {
                throw new IllegalArgumentException("A table value is a String, an Integer or a Double, not " + value.getClass());
            }
            values.put(key, value);
            return this;
        }
    }
}
