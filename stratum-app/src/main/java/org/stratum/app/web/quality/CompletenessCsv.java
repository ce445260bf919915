package org.stratum.app.web.quality;

import java.io.StringWriter;
import java.util.Locale;
import org.stratum.app.export.SpreadsheetCsv;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.CompletenessIndicator;

/**
 * The completeness table as CSV: one line per group and indicator, aggregates only, hidden exactly as
 * on the page (an empty cell). Shares are decimals, not percentages. Groups carry imported site names,
 * so through {@link SpreadsheetCsv}.
 */
final class CompletenessCsv {
    private CompletenessCsv() {
    }

    static String write(CompletenessTable table, MeasurementPeriod period, String by, double target) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.record("period_start", "period_end", "by", "group", "patients", "indicator", "count", "share",
                    "share_ci_low", "share_ci_high", "target", "flag");
            for (CompletenessTable.Row row : table.rows()) {
                for (CompletenessIndicator indicator : table.indicators()) {
                    CompletenessTable.Cell cell = row.cell(indicator);
                    csv.record(period.start().toString(), period.end().toString(), by, row.label(),
                            text(row.patients()), indicator.label(), text(cell.count()), text(cell.share()),
                            text(cell.low()), text(cell.high()), text(target), row.flag());
                }
            }
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
