package org.stratum.core.equity.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.stratum.core.equity.decomposition.KitagawaDecomposition;
import org.stratum.core.equity.decomposition.StratumContribution;
import org.stratum.core.equity.decomposition.StratumCount;

/**
 * A gap split by Kitagawa's method across one factor (site, payer): how much of it is composition
 * (the group's patients are at different sites, or have different payers, than everyone else's) and
 * how much is rates within the same strata, with the stratum that contributes most and a sentence
 * saying which explains the gap.
 *
 * <p>The stratum named for composition is the one whose centred contribution
 * {@code (c_group − c_reference)·(r̄ᵢ − r̄)} pushes furthest in the gap's direction, with r̄ᵢ the
 * stratum's mean of the two groups' rates and r̄ the slice's rate. Because the shares differences add
 * to 0, the centred contributions add to the composition component just as Kitagawa's do; centring
 * only makes each stratum's piece readable ("over-represented where results are worse").
 *
 * @param factor       what the strata are, e.g. {@code site}
 * @param chiefStratum the stratum contributing most to the component that explains the gap
 */
public record GapDecomposition(String factor, KitagawaDecomposition kitagawa, Attribution attribution,
        String chiefStratum, String explanation) {

    public GapDecomposition {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(kitagawa, "kitagawa");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(chiefStratum, "chiefStratum");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The composition component as a share of the gap (the rate component is 1 minus it). */
    public double compositionShare() {
        return kitagawa.composition() / kitagawa.gap();
    }

    /**
     * Decomposes group minus reference across the factor's strata, for a group that does worse than
     * its reference (the sentence says so); empty when everyone is in one stratum (nothing to
     * decompose) or there is no gap.
     */
    static Optional<GapDecomposition> of(String factor, List<StratumCount> group, List<StratumCount> reference) {
        long occupied = Stream.concat(group.stream(), reference.stream())
                .filter(c -> c.denominator() > 0).map(StratumCount::stratum).distinct().count();
        KitagawaDecomposition kitagawa = KitagawaDecomposition.of(group, reference);
        if (occupied < 2 || kitagawa.gap() == 0) {
            return Optional.empty();
        }
        double share = kitagawa.composition() / kitagawa.gap();
        Attribution attribution = Attribution.of(share);
        Map<String, Double> shareDifference = shareDifferences(group, reference);
        double sliceRate = (sum(group, true) + sum(reference, true)) / (sum(group, false) + sum(reference, false));
        double sign = Math.signum(kitagawa.gap());
        StratumContribution byComposition = null;
        StratumContribution byRates = null;
        double compositionPush = Double.NEGATIVE_INFINITY;
        for (StratumContribution stratum : kitagawa.strata()) {
            double difference = shareDifference.getOrDefault(stratum.stratum(), 0.0);
            double centred = stratum.composition() - difference * sliceRate;
            if (sign * centred > compositionPush) {
                compositionPush = sign * centred;
                byComposition = stratum;
            }
            if (byRates == null || sign * stratum.rate() > sign * byRates.rate()) {
                byRates = stratum;
            }
        }
        boolean overRepresented = shareDifference.getOrDefault(byComposition.stratum(), 0.0) > 0;
        String composition = String.format(Locale.ROOT, "the group is %s in %s %s, where results are %s",
                overRepresented ? "over-represented" : "under-represented", factor, byComposition.stratum(),
                overRepresented ? "worse" : "better");
        String rates = String.format(Locale.ROOT, "the group does worse than everyone else in the same %s, most in %s %s",
                factor, factor, byRates.stratum());
        String explanation = switch (attribution) {
            case COMPOSITION -> String.format(Locale.ROOT, "By %s: mostly composition (%s of the gap): %s.", factor,
                    percent(share), composition);
            case RATES_WITHIN_STRATA -> String.format(Locale.ROOT, "By %s: mostly rates within the same %s (%s of the"
                    + " gap): %s.", factor, factor, percent(1 - share), rates);
            case BOTH -> String.format(Locale.ROOT, "By %s: partly composition (%s of the gap: %s), partly rates within"
                    + " the same %s (%s: %s).", factor, percent(share), composition, factor, percent(1 - share), rates);
        };
        String chief = attribution == Attribution.RATES_WITHIN_STRATA ? byRates.stratum() : byComposition.stratum();
        return Optional.of(new GapDecomposition(factor, kitagawa, attribution, chief, explanation));
    }

    /** c_group − c_reference per stratum. */
    private static Map<String, Double> shareDifferences(List<StratumCount> group, List<StratumCount> reference) {
        Map<String, Double> differences = new HashMap<>();
        double groupTotal = sum(group, false);
        double referenceTotal = sum(reference, false);
        group.forEach(c -> differences.merge(c.stratum(), c.denominator() / groupTotal, Double::sum));
        reference.forEach(c -> differences.merge(c.stratum(), -c.denominator() / referenceTotal, Double::sum));
        return differences;
    }

    private static double sum(List<StratumCount> counts, boolean numerator) {
        return counts.stream().mapToDouble(numerator ? StratumCount::numerator : StratumCount::denominator).sum();
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }
}
