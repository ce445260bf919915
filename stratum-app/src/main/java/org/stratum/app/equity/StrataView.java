package org.stratum.app.equity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.Stratum;

/**
 * A measure group stratified by one or two dimensions among filtered patients, compared with a
 * reference: the cells as counted ({@code strata}, in the order of the table's rows) and as they may
 * be shown ({@code table}, its last row the total), with the disparity summary over the shown strata.
 *
 * @param suppressed whether small counts are hidden (always, except {@code stratum stratify --no-suppress})
 */
public record StrataView(MeasureDefinition measure, MeasureGroup group, MeasurementPeriod period,
        List<StratifyingDimension> by, Map<StratifyingDimension, Set<String>> filters, StratumReference reference,
        boolean suppressed, List<Stratum> strata, StratumTable table, DisparitySummary summary) {

    /** The table row of a cell. */
    public StratumRow row(int stratum) {
        return table.rows().get(stratum);
    }

    public StratumRow total() {
        return table.rows().get(table.rows().size() - 1);
    }
}
