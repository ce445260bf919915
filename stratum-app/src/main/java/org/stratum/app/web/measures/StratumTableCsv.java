package org.stratum.app.web.measures;

import java.io.StringWriter;
import java.util.Locale;
import org.stratum.app.equity.StratumRow;
import org.stratum.app.export.SpreadsheetCsv;

/**
 * The table behind the chart as CSV: aggregates only, hidden exactly as on the page (an empty cell),
 * with the suppressed and unstable marks as columns. Proportions are decimals, not percentages. Strata
 * are labelled with imported names (sites, clinicians), so through {@link SpreadsheetCsv}.
 */
final class StratumTableCsv {
    private StratumTableCsv() {
    }

    static String write(MeasureDetail detail) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.record(StratumTableColumns.HEADER);
            for (StratumRow row : detail.table().rows()) {
                csv.record(StratumTableColumns.cells(detail, row).stream().map(StratumTableCsv::text).toList());
            }
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
