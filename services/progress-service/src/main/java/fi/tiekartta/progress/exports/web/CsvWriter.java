package fi.tiekartta.progress.exports.web;

import fi.tiekartta.progress.exports.Language;
import fi.tiekartta.progress.exports.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a table as CSV the way Excel in a Finnish (or Swedish) locale opens it with a double click: UTF-8 with a
 * byte-order mark (without it Excel reads ä and ö as ANSI), fields separated by semicolons (the list separator where
 * the decimal separator is a comma), quoted where needed, CRLF line ends (RFC 4180). The first line is the headings.
 * Decimal numbers have a decimal comma in fi and sv, a point in en. A text that Excel would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe (OWASP's advice on CSV
 * injection).
 */
final class CsvWriter {

    static final char BOM = '\uFEFF';
    static final char SEPARATOR = ';';

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(SEPARATOR).setRecordSeparator("\r\n")
            .get();

    private CsvWriter() {
    }

    static byte[] write(Table table, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write(BOM);
            printer.printRecord(table.columns().stream().map(Table.Column::heading).toList());
            DecimalFormat decimals = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(
                    language == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("fi")));
            for (Table.Row row : table.rows()) {
                List<String> values = new ArrayList<>(table.columns().size());
                for (Table.Column column : table.columns()) {
                    values.add(text(row.get(column.key()), decimals));
                }
                printer.printRecord(values);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static String text(Object value, DecimalFormat decimals) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return decimals.format(number).replace('\u00a0', ' ');
        }
        if (value instanceof Integer number) {
            return number.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
