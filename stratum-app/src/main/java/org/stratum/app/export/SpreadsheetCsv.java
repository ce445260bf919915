package org.stratum.app.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV that people open in a spreadsheet, written by FastCSV, with every cell a spreadsheet would run
 * as a formula made plain text first. Every CSV the app serves goes through it, because names, sites,
 * clinicians and labels come from imported records and forms: a patient named
 * {@code =HYPERLINK("http://…","Click")} must stay a name, not become a link or a command.
 *
 * <p>The guard follows OWASP's "CSV Injection" guidance: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe, which spreadsheets
 * read as "this is text" and do not display. A plain number ({@code -0.053}) is left alone: it cannot
 * run anything, and the measure tables' negative differences must stay numbers.
 */
public final class SpreadsheetCsv implements Closeable {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final CsvWriter csv;

    private SpreadsheetCsv(CsvWriter csv) {
        this.csv = csv;
    }

    /** CSV with CRLF line ends (RFC 4180), as the web downloads write it. */
    public static SpreadsheetCsv to(Writer out) {
        return new SpreadsheetCsv(CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out));
    }

    /** CSV with the platform's line ends, for the command line's standard output. */
    public static SpreadsheetCsv toConsole(Writer out) {
        return new SpreadsheetCsv(CsvWriter.builder().build(out));
    }

    public void record(String... cells) {
        record(Arrays.asList(cells));
    }

    public void record(List<String> cells) {
        csv.writeRecord(cells.stream().map(SpreadsheetCsv::cell).toList());
    }

    /** A comment line ({@code # …}), for notes the writer itself composes. */
    public void comment(String text) {
        csv.writeComment(text);
    }

    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as written: unchanged, or prefixed with an apostrophe when a spreadsheet would run it. */
    public static String cell(String value) {
        if (value == null || value.isEmpty() || !startsLikeAFormula(value.charAt(0))
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static boolean startsLikeAFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
