package org.stratum.app.web.measures;

import org.stratum.app.equity.StratumRow;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of the table's exports, shared by the CSV and the Excel file so they hold the same
 * cells: a hidden value is null (an empty cell), never 0.
 */
final class StratumTableColumns {
    static final List<String> HEADER = List.of("measure", "group", "period_start", "period_end", "dimension",
            "reference", "stratum", "denominator", "numerator", "rate", "rate_ci_low", "rate_ci_high", "difference",
            "difference_ci_low", "difference_ci_high", "ratio", "ratio_ci_low", "ratio_ci_high", "p_value",
            "meaningful", "comparison", "suppressed", "unstable");

    private StratumTableColumns() {
    }

    /** One row's cells in header order: text, whole counts, proportions and flags as they are. */
    static List<Object> cells(MeasureDetail detail, StratumRow row) {
        return Arrays.asList(detail.measure().id(), detail.group().id(), detail.period().start().toString(),
                detail.period().end().toString(), detail.dimension().parameter(), detail.table().referenceLabel(),
                row.stratum(), row.denominator(), row.numerator(), row.rate(), row.rateLow(), row.rateHigh(),
                row.difference(), row.differenceLow(), row.differenceHigh(), row.ratio(), row.ratioLow(),
                row.ratioHigh(), row.pValue(), row.meaningful(), row.comparison(), row.suppressed(), row.unstable());
    }
}
