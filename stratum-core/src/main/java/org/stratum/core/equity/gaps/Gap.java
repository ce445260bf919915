package org.stratum.core.equity.gaps;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.stratum.core.equity.compare.Difference;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.decomposition.PatientsToEquity;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * A meaningful gap: a group that does worse than everyone else in its slice on a measure, a
 * discovery after Benjamini–Hochberg control over every comparison made and at least AHRQ's relative
 * difference in the adverse outcome. It carries everything needed to read it without the rest of
 * the scan.
 *
 * @param group             the group's counts (numerator = patients meeting the measure)
 * @param reference         everyone else in the slice
 * @param groupInterval     Wilson interval of the group's rate
 * @param referenceInterval Wilson interval of the reference's rate
 * @param difference        group minus reference on the measure's scale, Newcombe hybrid-score interval
 * @param relativeDifference |adverse_group − adverse_reference| / adverse_reference
 * @param pValue            pooled two-proportion z-test, two-sided
 * @param qValue            Benjamini–Hochberg adjusted p-value over the whole family
 * @param comparisons       how many comparisons the family held
 * @param decompositions    Kitagawa decompositions across each factor with more than one stratum
 */
public record Gap(ScannedMeasure measure, Slice slice, String dimension, GroupCount group, GroupCount reference,
        ConfidenceInterval groupInterval, ConfidenceInterval referenceInterval, Difference difference,
        double relativeDifference, double pValue, double qValue, int comparisons, PatientsToEquity patientsToEquity,
        List<GapDecomposition> decompositions) {

    public Gap {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(patientsToEquity, "patientsToEquity");
        decompositions = List.copyOf(decompositions);
    }

    public double groupRate() {
        return group.proportion().value();
    }

    public double referenceRate() {
        return reference.proportion().value();
    }

    /** The patients to equity: how many more would need to meet the measure (or leave its adverse numerator). */
    public long patients() {
        return patientsToEquity.patients();
    }

    /**
     * Whether every count the gap rests on may be shown: the group's and the reference's patients
     * meeting and not meeting the measure are each 0 or at least the policy's threshold. When not,
     * the rates, interval, difference, p-value and patients to equity would let a reader work a small
     * count back out, so none of them may be shown either.
     */
    public boolean disclosable(SuppressionPolicy policy) {
        return !policy.isSmall(group.numerator()) && !policy.isSmall(group.denominator() - group.numerator())
                && !policy.isSmall(reference.numerator()) && !policy.isSmall(reference.denominator() - reference.numerator())
                && !policy.isSmall(group.denominator()) && !policy.isSmall(reference.denominator());
    }

    /** The gap in one sentence: who, where, which measure, both rates and the patients to equity. */
    public String explanation() {
        String close = measure.higherIsBetter()
                ? patients() + " more of them meeting the measure would close the gap"
                : patients() + " fewer of them in its numerator would close the gap";
        return String.format(Locale.ROOT, "Among %s, %s, by %s, reached %s on %s against %s for everyone else (%s"
                        + " is better); %s.", slice.description(), group.group(), dimension, percent(groupRate()), measure.name(),
                percent(referenceRate()), measure.higherIsBetter() ? "higher" : "lower", close);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }
}
