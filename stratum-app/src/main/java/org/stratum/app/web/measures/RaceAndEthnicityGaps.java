package org.stratum.app.web.measures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.gaps.GapFinder;
import org.stratum.core.equity.gaps.GroupTally;
import org.stratum.core.equity.gaps.ScannedMeasure;
import org.stratum.core.equity.gaps.Slice;
import org.stratum.core.equity.gaps.Stratification;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.engine.equity.MeasureStrata;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * The largest credible gap among race and ethnicity groups for each measure group, by the core
 * {@link GapFinder} with its default criteria over all patients: every group compared with everyone
 * else, in both tabulations, one Benjamini–Hochberg family over the measures of the overview (the
 * question the overview asks, so the family is not diluted by the many slices the full gap scan makes).
 * A gap resting on a count of 1–10 is not shown.
 */
final class RaceAndEthnicityGaps {
    static final List<StratifyingDimension> DIMENSIONS = List.of(StratifyingDimension.RACE_2024,
            StratifyingDimension.RACE_1997);

    private RaceAndEthnicityGaps() {
    }

    /** By {@code measureId/groupId}, the gap with the most patients to equity. */
    static Map<String, LargestGap> largest(List<MeasureDefinition> measures, Map<MeasureStrata.Key, List<GroupCount>> counts) {
        Map<String, MeasureDefinition> byId = measures.stream()
                .collect(Collectors.toMap(MeasureDefinition::id, Function.identity()));
        List<Stratification> stratifications = counts.entrySet().stream().map(entry -> {
            MeasureStrata.Key key = entry.getKey();
            MeasureDefinition measure = byId.get(key.measureId());
            return new Stratification(new ScannedMeasure(key.measureId() + "/" + key.groupId(), measure.displayName(),
                    measure.direction()), Slice.everyone(), key.dimension().title(), entry.getValue().stream()
                    .map(g -> new GroupTally(g.group(), g.numerator(), g.denominator(), Map.of())).toList());
        }).toList();
        Map<String, LargestGap> largest = new HashMap<>();
        // The findings come ranked by patients to equity, so a measure group's first is its largest.
        for (Gap gap : new GapFinder(GapCriteria.defaults()).find(stratifications).gaps()) {
            if (gap.disclosable(SuppressionPolicy.CMS)) {
                largest.putIfAbsent(gap.measure().id(), LargestGap.of(gap));
            }
        }
        return largest;
    }
}
