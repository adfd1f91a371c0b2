package fi.tiekartta.progress.exports;

import java.util.List;

/**
 * An export in a format-neutral form: the sheets of a workbook (the data first, then an information sheet) and the
 * one table a CSV holds.
 *
 * @param fileName the file's name without its extension, ASCII only, e.g. {@code SHKO-tiekartta-2026-12-03}
 * @param language the language of its headings, labels and texts
 * @param sheets   the workbook's sheets, the last one {@code about}
 * @param csv      what a CSV holds: one table
 * @param about    the information sheet: what the export is, when it was made, the language rule, the marks
 */
public record Export(String fileName, Language language, List<Table> sheets, Table csv, Table about) {
}
