package fi.tiekartta.progress.exports.web;

import fi.tiekartta.progress.exports.Export;
import fi.tiekartta.progress.exports.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes an export's sheets as an XLSX workbook with POI's streaming {@link SXSSFWorkbook} (a window of rows in
 * memory, the rest flushed to a temporary file): each sheet with a bold heading row that stays in view and an
 * autofilter, numbers as numbers, text as text (never a formula), columns as wide as their content (up to a limit).
 */
final class XlsxWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    static byte[] write(Export export) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(false);
            Set<String> names = new HashSet<>();
            for (Table table : export.sheets()) {
                sheet(workbook, table, unique(names, WorkbookUtil.createSafeSheetName(table.name())), heading, text);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the workbook is in memory and temporary files; closing cannot lose anything
            }
        }
    }

    private static void sheet(SXSSFWorkbook workbook, Table table, String name, CellStyle heading, CellStyle text) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int columns = table.columns().size();
        int[] widths = new int[columns];
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(table.columns().get(c).heading());
            cell.setCellStyle(heading);
            widths[c] = Math.max(8, table.columns().get(c).heading().length() + 2);
        }
        int r = 1;
        for (Table.Row row : table.rows()) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                Object value = row.get(table.columns().get(c).key());
                if (value == null) {
                    continue;
                }
                Cell cell = line.createCell(c);
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else if (value instanceof Double number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(text);
                }
                widths[c] = Math.max(widths[c], value.toString().length() + 2);
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (columns > 0 && !table.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns - 1));
        }
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
