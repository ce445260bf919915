package org.stratum.core.equity.spc;

import org.stratum.core.equity.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * An NHS England "Making Data Count" summary of one series: the variation icon (is the latest point
 * special cause, and is it good or bad news?) and the assurance icon (will the process meet its
 * target?). Follows NHSRplotthedots: the {@link SpecialCauseRules} are applied within each phase on
 * the chart's own centre line and limits; a special-cause point is an improvement when it lies on
 * the better side of the centre line and a concern otherwise (so a special-cause point exactly on
 * the line, possible in a trend, counts as a concern); the icon is that of the latest point with a
 * value. Assurance compares the target with the latest point's limits: beyond the better limit the
 * process consistently fails, beyond the worse limit it consistently passes, between them it hits
 * and misses.
 *
 * @param variation the latest point's variation
 * @param assurance the assurance against the target
 * @param pointVariation every point's variation, by index (a missing point shows common cause)
 */
public record MakingDataCountSummary(Variation variation, Assurance assurance, List<Variation> pointVariation) {

    public MakingDataCountSummary {
        pointVariation = List.copyOf(pointVariation);
    }

    /** The summary without a target (assurance not assessed). */
    public static MakingDataCountSummary of(ControlChart chart, Direction direction) {
        return of(chart, direction, Double.NaN);
    }

    public static MakingDataCountSummary of(ControlChart chart, Direction direction, double target) {
        List<Variation> variation = new ArrayList<>();
        for (ChartPhase phase : chart.phases()) {
            List<ChartPoint> present = chart.points().subList(phase.first(), phase.last() + 1).stream()
                    .filter(p -> !p.isMissing()).toList();
            boolean[] special = SpecialCauseRules.flags(present.toArray(ChartPoint[]::new));
            int next = 0;
            for (ChartPoint p : chart.points().subList(phase.first(), phase.last() + 1)) {
                variation.add(p.isMissing() ? Variation.COMMON_CAUSE : classify(p, special[next++], direction));
            }
        }
        ChartPoint latest = latest(chart);
        Variation icon = latest == null ? Variation.COMMON_CAUSE : variation.get(latest.index());
        return new MakingDataCountSummary(icon, assurance(latest, direction, target), variation);
    }

    private static Variation classify(ChartPoint p, boolean special, Direction direction) {
        if (!special) {
            return Variation.COMMON_CAUSE;
        }
        return Math.signum(p.value() - p.centre()) == direction.sign()
                ? Variation.SPECIAL_CAUSE_IMPROVEMENT : Variation.SPECIAL_CAUSE_CONCERN;
    }

    private static Assurance assurance(ChartPoint latest, Direction direction, double target) {
        if (Double.isNaN(target) || latest == null || !latest.hasLimits()) {
            return Assurance.NOT_ASSESSED;
        }
        boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
        if (target > latest.upper()) {
            return higherIsBetter ? Assurance.CONSISTENTLY_FAIL : Assurance.CONSISTENTLY_PASS;
        }
        if (target < latest.lower()) {
            return higherIsBetter ? Assurance.CONSISTENTLY_PASS : Assurance.CONSISTENTLY_FAIL;
        }
        return Assurance.HIT_AND_MISS;
    }

    private static ChartPoint latest(ControlChart chart) {
        List<ChartPoint> points = chart.points();
        for (int i = points.size() - 1; i >= 0; i--) {
            if (!points.get(i).isMissing()) {
                return points.get(i);
            }
        }
        return null;
    }
}
