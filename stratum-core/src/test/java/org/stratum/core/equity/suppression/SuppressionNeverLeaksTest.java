package org.stratum.core.equity.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The attacker of {@link LinearProgrammingAttacker} against suppression over random tables of every
 * shape suppression is used on: plain two-way tables, a stratified measure, two measures over the same
 * denominators, and a subgroup beside its total; thresholds of 11 (CMS), 5 and 3. It must never pin a
 * hidden count nor prove a small one to be small.
 */
class SuppressionNeverLeaksTest {
    private final SuppressionAudit audit = new SuppressionAudit();

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void noHiddenCountCanBeRecovered(@ForAll("scenarios") Scenario scenario) {
        SuppressedTable result = new ComplementarySuppression(scenario.policy()).apply(scenario.table());

        assertThat(audit.findings(result)).as(scenario.description()).isEmpty();
        Statistics.label("protection").collect(result.protections().isEmpty() ? "nothing small"
                : result.protections().values().stream().anyMatch(ComponentScaling.class::isInstance)
                ? "whole part hidden" : "compensating moves");
    }

    record Scenario(String description, PublishedTable table, SuppressionPolicy policy) {
        @Override
        public String toString() {
            return description + " at threshold " + policy.threshold();
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<SuppressionPolicy> policies = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(SuppressionPolicy.CMS)),
                Tuple.of(1, Arbitraries.just(new SuppressionPolicy(5, 30))),
                Tuple.of(1, Arbitraries.just(new SuppressionPolicy(3, 30))));
        Arbitrary<Scenario> shapes = Arbitraries.oneOf(crossTables(), measures(), sharedDenominators(), subgroups());
        return Combinators.combine(shapes, policies)
                .as((shape, policy) -> new Scenario(shape.description(), shape.table(), policy));
    }

    /** Counts as small tables have them: many zeros and small counts, some larger. */
    private static Arbitrary<Long> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 12)),
                Tuple.of(3, Arbitraries.longs().between(11, 60)),
                Tuple.of(1, Arbitraries.longs().between(60, 400)));
    }

    private static Arbitrary<long[]> countLists(int size) {
        return counts().array(long[].class).ofSize(size);
    }

    private Arbitrary<Scenario> crossTables() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 4))
                .flatAs((rows, columns) -> countLists(rows * columns).map(flat -> {
                    long[][] counts = new long[rows][columns];
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(flat, r * columns, counts[r], 0, columns);
                    }
                    CrossTabulation cross = CrossTabulation.of(labels("r", rows), labels("c", columns), counts);
                    return new Scenario("cross " + Arrays.deepToString(counts), cross.table(), null);
                }));
    }

    private Arbitrary<Scenario> measures() {
        return strata().flatMap(n -> Combinators.combine(countLists(n), countLists(n)).as((met, notMet) -> {
            PublishedTable.Builder builder = PublishedTable.builder();
            StratifiedMeasureTable.add(builder, "m", labels("s", n), met, plus(met, notMet));
            return new Scenario("measure met " + str(met) + " not met " + str(notMet), builder.build(), null);
        }));
    }

    private Arbitrary<Scenario> sharedDenominators() {
        return strata().flatMap(n -> Combinators.combine(countLists(n), countLists(n), countLists(n))
                .as((met, notMet, second) -> {
                    long[] denominators = plus(met, notMet);
                    long[] secondMet = new long[n];
                    for (int s = 0; s < n; s++) {
                        secondMet[s] = Math.min(second[s], denominators[s]);
                    }
                    PublishedTable.Builder builder = PublishedTable.builder();
                    MeasureCells first = StratifiedMeasureTable.add(builder, "a", labels("s", n), met, denominators);
                    StratifiedMeasureTable.addSharingDenominators(builder, "b", first, secondMet);
                    return new Scenario("shared met " + str(met) + " not met " + str(notMet) + " second "
                            + str(secondMet), builder.build(), null);
                }));
    }

    private Arbitrary<Scenario> subgroups() {
        return strata().flatMap(n -> Combinators.combine(countLists(n), countLists(n), countLists(n), countLists(n))
                .as((met, notMet, restMet, restNotMet) -> {
                    List<String> strata = labels("s", n);
                    PublishedTable.Builder builder = PublishedTable.builder();
                    MeasureCells site = StratifiedMeasureTable.add(builder, "site", strata, met, plus(met, notMet));
                    long[] wholeMet = plus(met, restMet);
                    long[] wholeDenominators = plus(wholeMet, plus(notMet, restNotMet));
                    MeasureCells whole = StratifiedMeasureTable.add(builder, "all", strata, wholeMet, wholeDenominators);
                    StratifiedMeasureTable.linkSubgroup(builder, site, whole, "rest");
                    return new Scenario("subgroup met " + str(met) + " not met " + str(notMet) + " rest met "
                            + str(restMet) + " rest not met " + str(restNotMet), builder.build(), null);
                }));
    }

    private static Arbitrary<Integer> strata() {
        return Arbitraries.integers().between(1, 7);
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static List<String> labels(String prefix, int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(prefix + i);
        }
        return labels;
    }

    private static String str(long[] values) {
        return Arrays.toString(values);
    }
}
