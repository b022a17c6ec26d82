package org.laureate.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV the platform writes (RFC 4180 through Commons CSV, CRLF lines, a header row): a cell that a spreadsheet
 * would take for a formula ({@code = + - @}, tab, carriage return first) is prefixed with an apostrophe, so that it
 * opens as the text it is.
 */
public final class Csv implements Closeable {

    private final CSVPrinter printer;

    private Csv(Appendable out, CSVFormat format, String... header) {
        try {
            printer = new CSVPrinter(out, format.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV that quotes a cell only when it must (open data). */
    public static Csv of(Appendable out, String... header) {
        return new Csv(out, CSVFormat.RFC4180, header);
    }

    /** A CSV that quotes every cell (the exports that people open in a spreadsheet). */
    public static Csv quoted(Appendable out, String... header) {
        return new Csv(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get(), header);
    }

    /** One row; {@code null} is an empty cell. */
    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    /** One row; {@code null} is an empty cell. */
    public void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(Csv::guarded).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell's text, made plain text when a spreadsheet would take it for a formula. */
    static String guarded(Object value) {
        var text = Objects.toString(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
