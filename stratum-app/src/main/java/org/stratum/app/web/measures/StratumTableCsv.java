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
            csv.writeRecord("measure", "group", "period_start", "period_end", "dimension", "reference", "stratum",
                    "denominator", "numerator", "rate", "rate_ci_low", "rate_ci_high", "difference",
                    "difference_ci_low", "difference_ci_high", "ratio", "ratio_ci_low", "ratio_ci_high", "p_value",
                    "meaningful", "comparison", "suppressed", "unstable");
            for (StratumRow row : detail.table().rows()) {
                csv.writeRecord(detail.measure().id(), detail.group().id(), detail.period().start().toString(),
                        detail.period().end().toString(), detail.dimension().parameter(), detail.table().referenceLabel(),
                        row.stratum(), text(row.denominator()), text(row.numerator()), text(row.rate()),
                        text(row.rateLow()), text(row.rateHigh()), text(row.difference()), text(row.differenceLow()),
                        text(row.differenceHigh()), text(row.ratio()), text(row.ratioLow()), text(row.ratioHigh()),
                        text(row.pValue()), row.meaningful() == null ? "" : row.meaningful().toString(),
                        row.comparison(), Boolean.toString(row.suppressed()), Boolean.toString(row.unstable()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String text(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
