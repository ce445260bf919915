package org.stratum.app.web.quality;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.CompletenessGroup;
import org.stratum.engine.real.CompletenessGrouping;
import org.stratum.engine.real.PublishedCompleteness;
import org.stratum.engine.real.RealCompleteness;
import org.stratum.engine.real.census.CensusComparison;
import org.stratum.engine.real.census.PublishedCensusComparison;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Builds the Data quality page from the warehouse, suppressed exactly as {@code stratum real
 * completeness} and {@code stratum real census compare} print it (the core's complementary
 * suppression, CMS policy): aggregates only, for every role. The page and the API both ask it, with the
 * parameters as given, so both check them alike.
 */
@Component
public class DataQualityReport {
    private final QualitySources sources;
    private final boolean censusOfAdults;
    private final double defaultTarget;

    /**
     * @param censusOfAdults whether the loaded census table counts adults only (as the CFPB table does),
     *                       so that only patients 18 or over are compared with it
     * @param defaultTarget  the completeness target in percent when none is asked for
     */
    DataQualityReport(QualitySources sources, @Value("${stratum.real.census-adults-only:true}") boolean censusOfAdults,
                      @Value("${stratum.real.completeness-target:90}") double defaultTarget) {
        this.sources = sources;
        this.censusOfAdults = censusOfAdults;
        this.defaultTarget = defaultTarget;
    }

    /**
     * The page's content for its parameters as given: a year or START/END (default the twelve months
     * to the last month of data), site, source or channel, and a target percentage.
     *
     * @throws BadQualityRequest naming the parameter that is wrong
     */
    public DataQuality build(String period, String by, Double target) {
        return build(QualityRequest.period(period, sources.warehouse()), QualityRequest.grouping(by), target(target));
    }

    /** The asked target percentage, or the configured one, as a share. */
    double target(Double asked) {
        return QualityRequest.target(asked, defaultTarget);
    }

    DataQuality build(MeasurementPeriod period, CompletenessGrouping grouping, double target) {
        Warehouse warehouse = sources.warehouse();
        RealCompleteness completeness = new RealCompleteness(warehouse);
        List<CompletenessGroup> groups = completeness.count(period, grouping);
        if (groups.isEmpty()) {
            throw new BadQualityRequest("period", "No patient had a visit in " + period.start() + " to " + period.end()
                    + "; choose another period.");
        }
        CompletenessTable table = CompletenessTable.of(publish(groups, grouping, target));
        CompletenessTable months = CompletenessTable.of(publish(completeness.count(period, CompletenessGrouping.MONTH),
                CompletenessGrouping.MONTH, target));
        CensusTableView census = new CensusComparison(warehouse).compare(period, grouping == CompletenessGrouping.SITE, censusOfAdults)
                .map(g -> CensusTableView.of(PublishedCensusComparison.of(g, SuppressionPolicy.CMS,
                        ConfidenceLevel.NINETY_FIVE), censusOfAdults))
                .orElse(null);
        return new DataQuality(period, grouping, target, table, ShareBars.of(table, target), months,
                TrendLine.of(months, target), census);
    }

    /** Only the table by the chosen grouping, for its CSV. */
    CompletenessTable table(MeasurementPeriod period, CompletenessGrouping grouping, double target) {
        return CompletenessTable.of(publish(new RealCompleteness(sources.warehouse()).count(period, grouping), grouping,
                target));
    }

    private static PublishedCompleteness publish(List<CompletenessGroup> groups, CompletenessGrouping grouping,
                                                 double target) {
        return PublishedCompleteness.of(groups, grouping, target, SuppressionPolicy.CMS, ConfidenceLevel.NINETY_FIVE);
    }
}
