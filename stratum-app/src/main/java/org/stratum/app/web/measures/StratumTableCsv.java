package org.stratum.app.web.measures;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.stratum.app.equity.StratumRow;

/**
 * The table behind the chart as CSV: aggregates only, hidden exactly as on the page (an empty cell),
 * with the suppressed and unstable marks as columns. Proportions are decimals, not percentages.
 */
final class StratumTableCsv {
    private StratumTableCsv() {
    }

    static String write(MeasureDetail detail) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(StratumTableColumns.HEADER);
            for (StratumRow row : detail.table().rows()) {
                csv.writeRecord(StratumTableColumns.cells(detail, row).stream().map(StratumTableCsv::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double number ? String.format(Locale.ROOT, "%.6f", number) : value.toString();
    }
}
