package org.stratum.core.equity.multiplicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    @Test
    void reproducesTheWorkedExampleOfTheOriginalPaper() {
        // Benjamini & Hochberg 1995, section 4: 15 p-values from a myocardial-infarction trial; at
        // q* = 0.05 the step-up rule rejects the four smallest (0.0095 ≤ 4·0.05/15 = 0.01333, while
        // 0.0201 > 5·0.05/15 = 0.01667 and no later p(i) ≤ i·0.05/15).
        // Adjusted values by hand, m = 15, q(i) = min_{j≥i} 15·p(j)/j:
        //   15·0.0001/1 = 0.0015, 15·0.0004/2 = 0.003, 15·0.0019/3 = 0.0095, 15·0.0095/4 = 0.035625,
        //   15·0.0201/5 = 0.0603, 15·0.0278/6 = 0.0695 but 15·0.0298/7 = 0.063857… is smaller, so both
        //   are 0.063857…, 15·0.0344/8 = 0.0645, 15·0.0459/9 = 0.0765, 15·0.3240/10 = 0.486,
        //   15·0.4262/11 = 0.581182…, 15·0.5719/12 = 0.714875, 15·0.6528/13 = 0.753231…,
        //   15·0.7590/14 = 0.813214…, 15·1/15 = 1. R: p.adjust(p, "BH") prints the same.
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
                0.5719, 0.6528, 0.7590, 1.000};
        double[] expected = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.447 / 7, 0.447 / 7, 0.0645, 0.0765,
                0.486, 6.393 / 11, 0.714875, 9.792 / 13, 11.385 / 14, 1.0};

        Discoveries result = BenjaminiHochberg.atDefaultRate().control(p);

        assertThat(result.qValues()).containsExactly(expected, within(1e-12));
        assertThat(result.discoveries()).containsExactly(0, 1, 2, 3);
        assertThat(result.comparisons()).isEqualTo(15);
    }

    @Test
    void keepsTheInputOrderWhenPValuesArriveUnsorted() {
        // p = (0.02, 0.5, 0.001, 0.03), m = 4. Sorted: 0.001, 0.02, 0.03, 0.5.
        // 4·0.5/4 = 0.5; 4·0.03/3 = 0.04; 4·0.02/2 = 0.04; 4·0.001/1 = 0.004.
        // R: p.adjust(c(0.02, 0.5, 0.001, 0.03), "BH") = 0.040 0.500 0.004 0.040
        double[] q = BenjaminiHochberg.adjust(0.02, 0.5, 0.001, 0.03);

        assertThat(q).containsExactly(new double[] {0.04, 0.5, 0.004, 0.04}, within(1e-15));
    }

    @Test
    void carriesTheMinimumDownSoLargerPValuesNeverGetSmallerQValues() {
        // p = (0.04, 0.01, 0.03, 0.02, 0.05): every m·p(i)/i is 0.05 (5·0.01/1 … 5·0.05/5), so all
        // q-values are 0.05 and all five are discoveries at 0.05. R gives rep(0.05, 5).
        Discoveries result = BenjaminiHochberg.atDefaultRate().control(0.04, 0.01, 0.03, 0.02, 0.05);

        assertThat(result.qValues()).containsExactly(new double[] {0.05, 0.05, 0.05, 0.05, 0.05}, within(1e-15));
        assertThat(result.discoveries()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void tiedPValuesShareTheirQValue() {
        // p = (0.01, 0.04, 0.04, 0.2), m = 4: 4·0.2/4 = 0.2; 4·0.04/3 = 0.05333 (and 4·0.04/2 = 0.08
        // is larger, so the tie takes 0.05333); 4·0.01/1 = 0.04. R: 0.04000 0.05333 0.05333 0.20000.
        Discoveries result = new BenjaminiHochberg(0.05).control(0.01, 0.04, 0.04, 0.2);

        assertThat(result.qValues()).containsExactly(new double[] {0.04, 0.16 / 3, 0.16 / 3, 0.2}, within(1e-15));
        assertThat(result.discoveries()).containsExactly(0);
    }

    @Test
    void aLooserRateFindsMore() {
        double[] p = {0.01, 0.04, 0.04, 0.2};

        assertThat(new BenjaminiHochberg(0.10).control(p).discoveries()).containsExactly(0, 1, 2);
    }

    @Test
    void anEmptyFamilyHasNoDiscoveries() {
        Discoveries result = BenjaminiHochberg.atDefaultRate().control();

        assertThat(result.comparisons()).isZero();
        assertThat(result.discoveries()).isEmpty();
    }

    @Test
    void rejectsValuesThatAreNotProbabilities() {
        InvalidPValue nan = assertThrows(InvalidPValue.class, () -> BenjaminiHochberg.adjust(0.2, Double.NaN));
        assertThat(nan.index()).isEqualTo(1);
        assertThrows(InvalidPValue.class, () -> BenjaminiHochberg.adjust(1.2));
        assertThrows(InvalidPValue.class, () -> BenjaminiHochberg.adjust(-0.01));
    }

    @Test
    void rejectsARateOutsideZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new BenjaminiHochberg(0));
        assertThrows(IllegalArgumentException.class, () -> new BenjaminiHochberg(1));
    }

    @Property
    void discoveriesAreExactlyTheStepUpRejections(
            @ForAll @Size(max = 40) List<@DoubleRange(min = 0, max = 1) Double> values) {
        double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
        // The step-up definition, written independently: the k smallest, k the largest i with
        // p(i) ≤ i·α/m.
        double alpha = BenjaminiHochberg.DEFAULT_FDR;
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (sorted[i - 1] <= i * alpha / sorted.length) {
                k = i;
            }
        }
        double cutoff = k == 0 ? -1 : sorted[k - 1];

        Discoveries result = BenjaminiHochberg.atDefaultRate().control(p);

        for (int i = 0; i < p.length; i++) {
            assertThat(result.isDiscovery(i)).as("p[%d] = %s", i, p[i]).isEqualTo(p[i] <= cutoff);
            assertThat(result.qValue(i)).isBetween(p[i], 1.0);
        }
    }
}
