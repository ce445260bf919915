package org.stratum.app.web.measures;

import java.util.List;
import org.stratum.app.equity.ReferenceOption;
import org.stratum.app.equity.StratumTable;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.StratifyingDimension;

/** One measure group stratified by one dimension in one period, compared with a reference. */
public record MeasureDetail(MeasureDefinition measure, MeasureGroup group, MeasurementPeriod period,
        List<MeasurementPeriod> periods, StratifyingDimension dimension, ReferenceOption reference, StratumTable table,
        RateChart chart, DisparitySummary summary) {

    public String title() {
        return measure.groups().size() > 1 ? measure.displayName() + ": " + group.title() : measure.displayName();
    }

    public List<ReferenceOption> references() {
        return List.of(ReferenceOption.values());
    }

    /** An export's file name: measure, group, dimension, reference and period, nothing a user typed verbatim. */
    public String fileName(String extension) {
        return String.join("_", measure.id(), group.id(), dimension.parameter(), reference.parameter(),
                period.start().toString(), period.end().toString()) + "." + extension;
    }
}
