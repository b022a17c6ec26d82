package org.laureate.nomination.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.laureate.platform.Csv;

/**
 * Writes a table (a header row, then the rows) as CSV or as an XLSX workbook, for the secretariat's exports.
 *
 * <p>R4.34 CSV is UTF-8 with a byte order mark, so that Excel reads Cyrillic; every cell is quoted as RFC 4180 says,
 * and a cell that a spreadsheet would take for a formula is made plain text ({@link Csv}). XLSX cells are written as
 * text and are streamed, so that a large table does not fill the memory.
 */
public class TableExport {

    /** Rows kept in memory while an XLSX workbook is written; the others go to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public void csv(List<String> header, Iterable<List<String>> rows, OutputStream out) {
        try {
            out.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var csv = Csv.quoted(writer, header.toArray(String[]::new));
            for (List<String> row : rows) {
                csv.row(row);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(String sheetName, List<String> header, Iterable<List<String>> rows, OutputStream out) {
        try (var workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            var sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var headerRow = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                var cell = headerRow.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(headerStyle);
            }
            int index = 1;
            for (List<String> row : rows) {
                var sheetRow = sheet.createRow(index++);
                for (int i = 0; i < row.size(); i++) {
                    sheetRow.createCell(i).setCellValue(row.get(i) == null ? "" : row.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
