package org.stratum.app.web.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stratum.app.equity.DisclosablePeriods;
import org.stratum.app.equity.ShownTotal;
import org.stratum.core.equity.Direction;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureTotal;
import org.stratum.engine.equity.MeasureTotals;

/**
 * Builds the overview: every measure group computed for the period with its overall rate, eligible
 * patients, data completeness, trend over the rolling twelve-month points, and the gap finder's
 * largest credible gap among race and ethnicity groups.
 */
@Component
public class MeasureOverview {
    private final MeasureSources sources;

    MeasureOverview(MeasureSources sources) {
        this.sources = sources;
    }

    /** The overview for a computed period (START/END, or null for the latest). */
    public Overview build(String askedPeriod) {
        MeasureTotals totals = sources.totals();
        List<MeasurementPeriod> periods = totals.computedPeriods();
        if (periods.isEmpty()) {
            return new Overview(null, periods, List.of());
        }
        MeasurementPeriod period = PeriodChoice.choose(askedPeriod, periods);
        Set<String> computed = totals.computedMeasures(period);
        List<MeasureDefinition> measures = sources.library().measures().stream()
                .filter(m -> computed.contains(m.id())).toList();
        Map<String, MeasureTotal> current = byGroup(totals.totals(period));
        Map<String, List<Double>> trends = trends(totals, periods, period);
        Map<String, LargestGap> gaps = RaceAndEthnicityGaps.largest(measures,
                sources.strata().countAll(measures, period, RaceAndEthnicityGaps.DIMENSIONS));
        List<OverviewRow> rows = new ArrayList<>();
        for (MeasureDefinition measure : measures) {
            for (MeasureGroup group : measure.groups()) {
                String key = measure.id() + "/" + group.id();
                MeasureTotal total = current.getOrDefault(key, new MeasureTotal(measure.id(), group.id(), period, 0, 0, 0));
                boolean several = measure.groups().size() > 1;
                rows.add(new OverviewRow(measure.id(), several ? group.id() : null,
                        several ? measure.displayName() + ": " + group.title() : measure.displayName(),
                        measure.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower", ShownTotal.of(total),
                        trend(trends.getOrDefault(key, List.of()), periods, period),
                        gaps.get(key)));
            }
        }
        return new Overview(period, DisclosablePeriods.of(periods), rows);
    }

    /**
     * Rates of the rolling twelve-month periods ending by the chosen period's end, oldest first, per
     * measure group; only points whose rate may be shown.
     */
    private static Map<String, List<Double>> trends(MeasureTotals totals, List<MeasurementPeriod> periods,
            MeasurementPeriod period) {
        Map<String, List<Double>> trends = new HashMap<>();
        for (MeasurementPeriod point : trendPoints(periods, period)) {
            for (MeasureTotal total : totals.totals(point)) {
                Double rate = ShownTotal.of(total).rate();
                if (rate != null) {
                    trends.computeIfAbsent(total.measureId() + "/" + total.groupId(), k -> new ArrayList<>()).add(rate);
                }
            }
        }
        return trends;
    }

    private static List<MeasurementPeriod> trendPoints(List<MeasurementPeriod> periods, MeasurementPeriod period) {
        if (!PeriodChoice.twelveMonths(period)) {
            return List.of();
        }
        return periods.stream().filter(PeriodChoice::twelveMonths).filter(p -> !p.end().isAfter(period.end()))
                .sorted(Comparator.comparing(MeasurementPeriod::end)).toList();
    }

    private static Sparkline trend(List<Double> rates, List<MeasurementPeriod> periods, MeasurementPeriod period) {
        List<MeasurementPeriod> points = trendPoints(periods, period);
        if (rates.size() != points.size()) {
            return null; // a hidden point would leave a silent hole in the line
        }
        return points.isEmpty() ? null : Sparkline.of(rates, points.get(0).end().toString(),
                points.get(points.size() - 1).end().toString());
    }

    private static Map<String, MeasureTotal> byGroup(List<MeasureTotal> totals) {
        Map<String, MeasureTotal> byGroup = new HashMap<>();
        totals.forEach(t -> byGroup.put(t.measureId() + "/" + t.groupId(), t));
        return byGroup;
    }
}
