package org.stratum.core.equity.decomposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kitagawa's (1955) decomposition of the gap between two groups' crude rates into a composition
 * component (the groups are spread differently over strata such as sites or payers) and a rate
 * component (within the same strata, their rates differ). With cᵢ a group's share of its
 * denominator in stratum i and rᵢ its rate there, R = Σcᵢrᵢ and the symmetric form
 * R_A − R_B = Σ(c_Ai − c_Bi)(r_Ai + r_Bi)/2 + Σ(r_Ai − r_Bi)(c_Ai + c_Bi)/2 is exact, with no
 * residual, and treats the groups alike (swapping them negates both components).
 *
 * <p>A stratum where one group has no one has no rate for that group; its rate is taken to be the
 * other group's, so the stratum adds only to composition. That keeps the sum exact: the stratum's
 * share of the gap, −c_B·r_B (or c_A·r_A), is all composition.
 *
 * @param rateA group A's crude rate
 * @param rateB group B's crude rate
 * @param composition the composition component
 * @param rate the rate component
 * @param strata each stratum's contributions, in order of first appearance (A's strata, then B's)
 */
public record KitagawaDecomposition(double rateA, double rateB, double composition, double rate,
        List<StratumContribution> strata) {

    public KitagawaDecomposition {
        strata = List.copyOf(strata);
    }

    /** Decomposes R_A − R_B. */
    public static KitagawaDecomposition of(List<StratumCount> groupA, List<StratumCount> groupB) {
        Map<String, StratumCount> a = byStratum(groupA, "A");
        Map<String, StratumCount> b = byStratum(groupB, "B");
        double totalA = total(a.values(), "A");
        double totalB = total(b.values(), "B");
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<StratumContribution> strata = new ArrayList<>();
        double composition = 0;
        double rate = 0;
        for (String name : names) {
            double shareA = share(a.get(name), totalA);
            double shareB = share(b.get(name), totalB);
            double stratumRateA = rate(a.get(name));
            double stratumRateB = rate(b.get(name));
            if (Double.isNaN(stratumRateA)) {
                stratumRateA = Double.isNaN(stratumRateB) ? 0 : stratumRateB;
            }
            if (Double.isNaN(stratumRateB)) {
                stratumRateB = stratumRateA;
            }
            StratumContribution c = new StratumContribution(name,
                    (shareA - shareB) * (stratumRateA + stratumRateB) / 2,
                    (stratumRateA - stratumRateB) * (shareA + shareB) / 2);
            strata.add(c);
            composition += c.composition();
            rate += c.rate();
        }
        return new KitagawaDecomposition(crudeRate(a.values(), totalA), crudeRate(b.values(), totalB), composition, rate,
                strata);
    }

    /** R_A − R_B, which equals composition + rate (to rounding). */
    public double gap() {
        return rateA - rateB;
    }

    private static Map<String, StratumCount> byStratum(List<StratumCount> counts, String group) {
        Map<String, StratumCount> byName = new LinkedHashMap<>();
        for (StratumCount c : counts) {
            if (byName.put(c.stratum(), c) != null) {
                throw new InvalidDecomposition("stratum '" + c.stratum() + "' appears twice in group " + group);
            }
        }
        return byName;
    }

    private static double total(Iterable<StratumCount> counts, String group) {
        double total = 0;
        for (StratumCount c : counts) {
            total += c.denominator();
        }
        if (!(total > 0)) {
            throw new InvalidDecomposition("group " + group + " has no one in any stratum");
        }
        return total;
    }

    private static double crudeRate(Iterable<StratumCount> counts, double total) {
        double numerator = 0;
        for (StratumCount c : counts) {
            numerator += c.numerator();
        }
        return numerator / total;
    }

    private static double share(StratumCount count, double total) {
        return count == null ? 0 : count.denominator() / total;
    }

    private static double rate(StratumCount count) {
        return count == null || count.denominator() == 0 ? Double.NaN : count.numerator() / count.denominator();
    }
}
