package org.stratum.app.web.measures;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stratum.app.equity.DisclosablePeriods;
import org.stratum.app.equity.OfferedDimensions;
import org.stratum.app.equity.ReferenceOption;
import org.stratum.app.equity.StratumTable;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.StrataRequest;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.Stratum;

/** Reads a measure page's parameters, each checked and named when wrong, and stratifies the measure. */
@Component
class MeasureDetails {
    private final MeasureSources sources;
    private final OfferedDimensions offered;

    MeasureDetails(MeasureSources sources, OfferedDimensions offered) {
        this.sources = sources;
        this.offered = offered;
    }

    MeasureDetail build(String id, String askedPeriod, String askedGroup, String by, String reference) {
        MeasureLibrary library = sources.library();
        MeasureDefinition measure = MeasureParameters.measure(library, id);
        MeasureTotals totals = sources.totals();
        List<MeasurementPeriod> periods = totals.computedPeriods(measure.id());
        if (periods.isEmpty()) {
            throw new UnknownMeasurePage(measure.displayName() + " has not been computed yet; run 'stratum measures run"
                    + " --measure " + measure.id() + "' first.");
        }
        MeasurementPeriod period = PeriodChoice.choose(askedPeriod, periods);
        MeasureGroup group = MeasureParameters.group(measure, askedGroup);
        StratifyingDimension dimension = MeasureParameters.dimension(offered, by);
        ReferenceOption option = ReferenceOption.fromParameter(reference == null ? "rest" : reference)
                .orElseThrow(() -> new BadMeasureRequest("reference", "'" + reference
                        + "' is not a reference; use rest, best, largest or overall."));
        List<GroupCount> strata = sources.strataQuery().count(new StrataRequest(measure.id(), group.id(), period,
                List.of(dimension), Map.of())).stream().map(Stratum::count).toList();
        StratumTable table = StratumTable.of(strata, measure.direction(), option);
        return new MeasureDetail(measure, group, period, DisclosablePeriods.of(periods), dimension, option, table, RateChart.of(table),
                DisparitySummary.of(org.stratum.app.equity.DisparitySummary.of(strata, table.rows(), measure.direction())));
    }
}
