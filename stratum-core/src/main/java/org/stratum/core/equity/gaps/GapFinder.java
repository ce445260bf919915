package org.stratum.core.equity.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stratum.core.equity.compare.Comparison;
import org.stratum.core.equity.compare.ComparisonWithReference;
import org.stratum.core.equity.compare.Contrast;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.compare.Reference;
import org.stratum.core.equity.decomposition.PatientsToEquity;
import org.stratum.core.equity.decomposition.StratumCount;
import org.stratum.core.equity.multiplicity.BenjaminiHochberg;
import org.stratum.core.equity.multiplicity.Discoveries;

/**
 * Finds and ranks the gaps worth acting on across measures, slices and dimensions (issue 5, item 8;
 * the toolkit's Opportunity 4, "a gap finder that ranks credible gaps").
 *
 * <ol>
 * <li>In every stratification, each group with at least the minimum number of eligible patients
 *     (and at least as many others in its slice) is compared with everyone else in the slice: a pooled
 *     two-proportion z-test, a Newcombe interval for the difference (see {@link ComparisonWithReference}).
 *     Smaller groups are not compared, so they are not part of the family.</li>
 * <li>The p-values of all comparisons made, every measure, slice and dimension together, form one
 *     Benjamini–Hochberg family; a comparison is a discovery when its q-value is at most the rate.</li>
 * <li>A discovery is a gap when the group does worse and the adverse outcome differs by at least the
 *     relative threshold (AHRQ: 10%), so that "screened" and "not screened" agree.</li>
 * <li>Gaps are ranked by patients to equity, most first (ties: smaller q, then by name), and each is
 *     decomposed across the composition factors its counts are broken down by.</li>
 * </ol>
 */
public final class GapFinder {
    private static final String EVERYONE_ELSE = Reference.everyoneElse().describe();

    private final GapCriteria criteria;

    public GapFinder(GapCriteria criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
    }

    public GapFindings find(List<Stratification> stratifications) {
        List<Candidate> candidates = new ArrayList<>();
        int tooSmall = 0;
        for (Stratification stratification : stratifications) {
            List<GroupTally> groups = stratification.groups();
            List<Comparison> comparisons = new ComparisonWithReference(stratification.measure().direction(),
                    Reference.everyoneElse(), criteria.level(), criteria.relativeThreshold())
                    .compare(groups.stream().map(GroupTally::count).toList());
            long slice = groups.stream().mapToLong(GroupTally::denominator).sum();
            for (int i = 0; i < groups.size(); i++) {
                long size = groups.get(i).denominator();
                if (size == 0 || size == slice) {
                    continue; // nobody to compare, or nobody to compare with
                }
                if (size < criteria.minimumGroupSize() || slice - size < criteria.minimumGroupSize()) {
                    tooSmall++;
                    continue;
                }
                GroupTally group = groups.get(i);
                comparisons.get(i).contrast().ifPresent(contrast -> candidates.add(
                        new Candidate(stratification, group, contrast)));
            }
        }
        Discoveries discoveries = new BenjaminiHochberg(criteria.falseDiscoveryRate())
                .control(candidates.stream().mapToDouble(c -> c.contrast().pValue()).toArray());
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (discoveries.isDiscovery(i) && candidate.worse()
                    && candidate.contrast().relativeDifference() >= criteria.relativeThreshold()) {
                gaps.add(gap(candidate, discoveries.qValue(i), discoveries.comparisons()));
            }
        }
        gaps.sort(Comparator.comparingLong(Gap::patients).reversed().thenComparingDouble(Gap::qValue)
                .thenComparing(g -> g.measure().id()).thenComparing(g -> g.slice().filter())
                .thenComparing(g -> g.slice().value()).thenComparing(Gap::dimension).thenComparing(g -> g.group().group()));
        return new GapFindings(gaps, discoveries.comparisons(), tooSmall, criteria);
    }

    private Gap gap(Candidate candidate, double q, int comparisons) {
        Stratification stratification = candidate.stratification();
        GroupTally tally = candidate.group();
        GroupCount group = tally.count();
        long denominator = stratification.groups().stream().mapToLong(GroupTally::denominator).sum() - group.denominator();
        long numerator = stratification.groups().stream().mapToLong(GroupTally::numerator).sum() - group.numerator();
        GroupCount reference = new GroupCount(EVERYONE_ELSE, numerator, denominator);
        List<GapDecomposition> decompositions = new ArrayList<>();
        tally.breakdowns().forEach((factor, strata) -> GapDecomposition.of(factor, strata,
                everyoneElse(stratification, tally, factor)).ifPresent(decompositions::add));
        return new Gap(stratification.measure(), stratification.slice(), stratification.dimension(), group, reference,
                group.proportion().wilson(criteria.level()), reference.proportion().wilson(criteria.level()),
                candidate.contrast().difference(), candidate.contrast().relativeDifference(),
                candidate.contrast().pValue(), q, comparisons,
                PatientsToEquity.of(group.numerator(), group.denominator(), reference.numerator(), reference.denominator(),
                        stratification.measure().higherIsBetter()),
                decompositions);
    }

    /** Everyone else's counts per stratum of a factor: the other groups of the slice added up. */
    private static List<StratumCount> everyoneElse(Stratification stratification, GroupTally group, String factor) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (GroupTally other : stratification.groups()) {
            if (other == group) {
                continue;
            }
            for (StratumCount count : Optional.ofNullable(other.breakdowns().get(factor)).orElse(List.of())) {
                double[] sum = sums.computeIfAbsent(count.stratum(), s -> new double[2]);
                sum[0] += count.numerator();
                sum[1] += count.denominator();
            }
        }
        List<StratumCount> counts = new ArrayList<>();
        sums.forEach((stratum, sum) -> counts.add(new StratumCount(stratum, sum[0], sum[1])));
        return counts;
    }

    /** A comparison that was made: which group, in which stratification, and its contrast with everyone else. */
    private record Candidate(Stratification stratification, GroupTally group, Contrast contrast) {
        boolean worse() {
            // The difference is on the measure's scale: negative means fewer met it.
            double difference = contrast.difference().estimate();
            return stratification.measure().higherIsBetter() ? difference < 0 : difference > 0;
        }
    }
}
