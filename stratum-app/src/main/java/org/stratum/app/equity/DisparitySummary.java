package org.stratum.app.equity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

/**
 * The summary disparity measures for unordered groups (Harper &amp; Lynch; HD*Calc), all from the core,
 * over the strata whose rates are shown and stable: a hidden stratum never enters a summary (it could
 * be worked back out), and a rate on fewer than 30 patients is noise. The strata are nominal (race,
 * site…), so measures that need an ordering (slope index, concentration index) are not given.
 *
 * @param groups how many strata the summary is over
 * @param note   why there is no summary, or null
 */
public record DisparitySummary(int groups, List<Measure> measures, String note) {

    /** One summary measure: its estimate, its 95% interval where the core has a standard error, and how. */
    public record Measure(String name, double estimate, @JsonProperty("ci_low") Double ciLow,
            @JsonProperty("ci_high") Double ciHigh, String basis) {
    }

    static DisparitySummary of(List<GroupCount> strata, List<StratumRow> rows, Direction direction) {
        List<GroupEstimate> groups = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            if (rows.get(s).hasRate() && !rows.get(s).unstable()) {
                groups.add(GroupEstimate.ofProportion(strata.get(s)));
            }
        }
        if (groups.size() < 2) {
            return new DisparitySummary(groups.size(), List.of(),
                    "Fewer than two strata have a shown, stable rate, so there is nothing to summarise.");
        }
        List<Measure> measures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Function<List<GroupEstimate>, DisparityEstimate>> all = List.of(RangeDifference::of, RangeRatio::of,
                g -> IndexOfDisparity.againstBest(g, direction), BetweenGroupVariance::of, TheilIndex::of,
                MeanLogDeviation::of);
        for (Function<List<GroupEstimate>, DisparityEstimate> measure : all) {
            try {
                DisparityEstimate estimate = measure.apply(groups);
                ConfidenceInterval interval = estimate.interval(ConfidenceLevel.NINETY_FIVE).orElse(null);
                measures.add(new Measure(estimate.measure(), estimate.estimate(),
                        interval == null ? null : interval.lower(), interval == null ? null : interval.upper(),
                        estimate.basis()));
            } catch (InvalidGroupEstimates e) {
                skipped.add(e.getMessage());
            }
        }
        return new DisparitySummary(groups.size(), measures, skipped.isEmpty() ? null : String.join(" ", skipped));
    }
}
