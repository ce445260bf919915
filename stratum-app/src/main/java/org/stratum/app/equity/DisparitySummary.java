package org.stratum.app.equity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
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
 * Harper &amp; Lynch's summary measures of disparity for unordered groups, all from the core, over the
 * strata whose rates are shown: a hidden stratum never enters a summary (it could be worked back out).
 * Absolute measures read the measure's rate; relative ones the adverse rate (not screened, not
 * controlled), as Harper &amp; Lynch recommend, since relative measures change with the framing. The
 * strata are nominal (race, site…), so measures that need an ordering (slope index, concentration
 * index) are not given. The measure pages, {@code stratum stratify} and the API all read this one.
 *
 * @param groups how many strata the summary is over
 * @param note   why there is no summary, or null
 */
public record DisparitySummary(int groups, List<Measure> measures, String note) {

    /**
     * One summary measure: its key ({@code range-difference}…), the core's name for it, whether it reads
     * the {@code rate} or the {@code adverse rate}, its estimate and 95% interval where the core has a
     * standard error, and how that error was had; a measure the core declines for these strata (a zero
     * rate under a logarithm) has no estimate and says why in {@code basis}.
     */
    public record Measure(String key, String name, String framing, Double estimate, @JsonProperty("ci_low") Double ciLow,
            @JsonProperty("ci_high") Double ciHigh, String basis) {
    }

    public static DisparitySummary of(List<GroupCount> strata, List<StratumRow> rows, Direction direction) {
        List<GroupCount> shown = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            if (rows.get(s).hasRate()) {
                shown.add(strata.get(s));
            }
        }
        if (shown.size() < 2) {
            return new DisparitySummary(shown.size(), List.of(),
                    "Fewer than two strata have a shown rate, so there is nothing to summarise.");
        }
        List<GroupEstimate> rates = shown.stream().map(GroupEstimate::ofProportion).toList();
        List<GroupEstimate> adverse = shown.stream().map(c -> GroupEstimate.ofAdverseProportion(c, direction)).toList();
        return new DisparitySummary(shown.size(), List.of(
                measure("range-difference", "rate", () -> RangeDifference.of(rates)),
                measure("between-group-variance", "rate", () -> BetweenGroupVariance.of(rates)),
                measure("range-ratio", "adverse rate", () -> RangeRatio.of(adverse)),
                measure("index-of-disparity", "adverse rate",
                        () -> IndexOfDisparity.againstBest(adverse, Direction.LOWER_IS_BETTER)),
                measure("theil-index", "adverse rate", () -> TheilIndex.of(adverse)),
                measure("mean-log-deviation", "adverse rate", () -> MeanLogDeviation.of(adverse))), null);
    }

    private static Measure measure(String key, String framing, Supplier<DisparityEstimate> measure) {
        try {
            DisparityEstimate estimate = measure.get();
            ConfidenceInterval interval = estimate.interval(ConfidenceLevel.NINETY_FIVE).orElse(null);
            return new Measure(key, estimate.measure(), framing, estimate.estimate(),
                    interval == null ? null : interval.lower(), interval == null ? null : interval.upper(), estimate.basis());
        } catch (NoEstimate | InvalidGroupEstimates e) {
            return new Measure(key, key.replace('-', ' '), framing, null, null, null, e.getMessage());
        }
    }
}
