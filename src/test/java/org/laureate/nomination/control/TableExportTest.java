package org.laureate.nomination.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R4.34 The exports: CSV that Excel reads in Cyrillic and never as formulas, and XLSX with text cells. */
class TableExportTest {

    private final TableExport export = new TableExport();

    private String csv(List<String> header, List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        export.csv(header, rows, out);
        var bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void r4_34_csvIsUtf8WithAByteOrderMarkAndCrLfLines() {
        var text = csv(List.of("Твор", "Аўтары"), List.of(List.of("Дзе цвіла каліна", "А. Ярмоленко; О. Елисеенков")));

        assertThat(text).isEqualTo("\"Твор\",\"Аўтары\"\r\n\"Дзе цвіла каліна\",\"А. Ярмоленко; О. Елисеенков\"\r\n");
    }

    /** The line of one cell, without its line break. */
    private String cell(String value) {
        return csv(List.of("h"), List.of(Collections.singletonList(value))).split("\r\n")[1];
    }

    @Test
    void r4_34_quotesCommasAndLineBreaksStayInsideTheirCell() {
        assertThat(cell("Песни \"военных\" лет, цикл")).isEqualTo("\"Песни \"\"военных\"\" лет, цикл\"");
        assertThat(cell("две\nстроки")).isEqualTo("\"две\nстроки\"");
        assertThat(cell(null)).isEqualTo("\"\"");
        assertThat(cell("")).isEqualTo("\"\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.org\")", "+7 495", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void r4_34_aCellThatASpreadsheetWouldTakeForAFormulaIsPlainText(String value) {
        assertThat(cell(value)).startsWith("\"'");
    }

    @Test
    void r4_34_ordinaryTextIsLeftAsItIs() {
        assertThat(cell("Мемориал «Хатынь» = память")).isEqualTo("\"Мемориал «Хатынь» = память\"");
        assertThat(cell("2025-2026/BY/007")).isEqualTo("\"2025-2026/BY/007\"");
    }

    @Test
    void r4_34_xlsxHoldsTheHeaderAndTheRowsAsText() throws IOException {
        var out = new ByteArrayOutputStream();
        export.xlsx("Хадайніцтвы", List.of("Твор", "Краіна"),
                List.of(List.of("=1+1", "Рэспубліка Беларусь"), List.of("Ўзор", "")), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Хадайніцтвы");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Твор");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("stored as text, not a formula")
                    .isEqualTo("=1+1");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Рэспубліка Беларусь");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ўзор");
        }
    }
}
