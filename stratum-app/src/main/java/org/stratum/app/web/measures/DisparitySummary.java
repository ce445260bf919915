package org.stratum.app.web.measures;

import org.stratum.app.equity.Figures;
import org.stratum.app.equity.StratumTable;
import org.stratum.app.equity.StratumRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.disparity.BetweenGroupVariance;
import org.stratum.core.equity.disparity.DisparityEstimate;
import org.stratum.core.equity.disparity.GroupEstimate;
import org.stratum.core.equity.disparity.IndexOfDisparity;
import org.stratum.core.equity.disparity.InvalidGroupEstimates;
import org.stratum.core.equity.disparity.MeanLogDeviation;
import org.stratum.core.equity.disparity.RangeDifference;
import org.stratum.core.equity.disparity.RangeRatio;
import org.stratum.core.equity.disparity.TheilIndex;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.NoEstimate;

/**
 * Harper &amp; Lynch's summary measures of disparity across the strata of the table, from the core
 * ({@code org.stratum.core.equity.disparity}), with 95% intervals where the core has a standard error.
 * Only the strata whose rate the table shows take part, so a summary never rests on a hidden count.
 * Absolute measures read the measure's rate; relative ones the adverse rate (not screened, not
 * controlled), as Harper &amp; Lynch recommend, since relative measures change with the framing.
 *
 * @param lines  none with fewer than two strata shown, where there is no disparity to summarise
 * @param strata how many strata took part
 */
public record DisparitySummary(List<Line> lines, int strata) {
    private static final ConfidenceLevel LEVEL = ConfidenceLevel.NINETY_FIVE;

    /**
     * One summary measure as shown: its key in the message bundle ({@code detail.disparity.name.*}), what it reads, the estimate and interval written out,
     * and where the standard error comes from or why there is none.
     */
    public record Line(String key, String framing, String estimate, String interval, String basis) {
    }

    static DisparitySummary of(List<GroupCount> strata, StratumTable table, Direction direction) {
        List<GroupCount> shown = new ArrayList<>();
        for (int row = 0; row < strata.size(); row++) {
            if (table.rows().get(row).hasRate()) {
                shown.add(strata.get(row));
            }
        }
        if (shown.size() < 2) {
            return new DisparitySummary(List.of(), shown.size());
        }
        List<GroupEstimate> rates = shown.stream().map(GroupEstimate::ofProportion).toList();
        List<GroupEstimate> adverse = shown.stream().map(c -> GroupEstimate.ofAdverseProportion(c, direction)).toList();
        String rate = "rate";
        String adverseRate = "adverse rate";
        List<Line> lines = List.of(
                line("range-difference", () -> RangeDifference.of(rates), rate, DisparitySummary::points),
                line("between-group-variance", () -> BetweenGroupVariance.of(rates), rate, v -> String.format(Locale.ROOT, "%.2f pts²", 1e4 * v)),
                line("range-ratio", () -> RangeRatio.of(adverse), adverseRate, v -> String.format(Locale.ROOT, "%.2f", v)),
                line("index-of-disparity", () -> IndexOfDisparity.againstBest(adverse, Direction.LOWER_IS_BETTER), adverseRate,
                        v -> String.format(Locale.ROOT, "%.1f%%", v)),
                line("theil-index", () -> TheilIndex.of(adverse), adverseRate, v -> String.format(Locale.ROOT, "%.4f", v)),
                line("mean-log-deviation", () -> MeanLogDeviation.of(adverse), adverseRate, v -> String.format(Locale.ROOT, "%.4f", v)));
        return new DisparitySummary(lines, shown.size());
    }

    /** A measure the core declines for these strata (a zero rate under a logarithm) says why instead. */
    private static Line line(String key, Supplier<DisparityEstimate> measure, String framing,
            Function<Double, String> format) {
        try {
            DisparityEstimate estimate = measure.get();
            Optional<ConfidenceInterval> interval = estimate.interval(LEVEL);
            return new Line(key, framing, format.apply(estimate.estimate()),
                    interval.map(i -> format.apply(i.lower()) + " to " + format.apply(i.upper())).orElse(Figures.HIDDEN),
                    estimate.basis());
        } catch (NoEstimate | InvalidGroupEstimates e) {
            return new Line(key, framing, Figures.HIDDEN, Figures.HIDDEN, e.getMessage());
        }
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1f pts", 100 * value);
    }
}
