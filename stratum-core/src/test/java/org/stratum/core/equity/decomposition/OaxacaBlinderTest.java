package org.stratum.core.equity.decomposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratum.core.ReferenceFixtures;

/**
 * Stata {@code oaxaca} on statsmodels' credit-card data (as embedded in statsmodels'
 * {@code test_oaxaca.py}): AVGEXP on AGE, INCOME, INCOMESQ and a constant; group A the 27 home
 * owners, group B the 45 renters. Every figure to 1e-6 relative.
 */
class OaxacaBlinderTest {

    /** 1e-6 relative, as a percentage. */
    private static final double TOLERANCE = 1e-4;

    private OaxacaBlinder owners;

    @BeforeEach
    void readCreditCardData() {
        Path file = ReferenceFixtures.require("stats").resolve("oaxaca").resolve("ccard.csv");
        List<double[]> ownersRows = new ArrayList<>();
        List<double[]> rentersRows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                double[] row = {Double.parseDouble(r.getField("AVGEXP")), Double.parseDouble(r.getField("AGE")),
                        Double.parseDouble(r.getField("INCOME")), Double.parseDouble(r.getField("INCOMESQ"))};
                ("1".equals(r.getField("OWNRENT")) ? ownersRows : rentersRows).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(ownersRows).hasSize(27);
        assertThat(rentersRows).hasSize(45);
        owners = OaxacaBlinder.of(sample(ownersRows), sample(rentersRows));
    }

    private static RegressionSample sample(List<double[]> rows) {
        double[] y = new double[rows.size()];
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i)[0];
            x[i] = Arrays.copyOfRange(rows.get(i), 1, 4);
        }
        return new RegressionSample(y, x);
    }

    @Test
    void gapReproducesStata() {
        assertThat(owners.gap()).isCloseTo(158.7504444, withinPercentage(TOLERANCE));
    }

    @Test
    void threefoldReproducesStata() {
        ThreefoldDecomposition threefold = owners.threefold();

        assertThat(threefold.endowments()).isCloseTo(321.7482446, withinPercentage(TOLERANCE));
        assertThat(threefold.coefficients()).isCloseTo(75.4537098, withinPercentage(TOLERANCE));
        assertThat(threefold.interaction()).isCloseTo(-238.4515099, withinPercentage(TOLERANCE));
        assertThat(threefold.gap()).isCloseTo(owners.gap(), withinPercentage(1e-10));
    }

    @Test
    void pooledTwofoldWithGroupIndicatorReproducesStata() {
        TwofoldDecomposition pooled = owners.twofold(TwofoldReference.POOLED);

        assertThat(pooled.explained()).isCloseTo(130.8095361, withinPercentage(TOLERANCE));
        assertThat(pooled.unexplained()).isCloseTo(27.9409084, withinPercentage(TOLERANCE));
    }

    @Test
    void neumarkTwofoldReproducesStata() {
        TwofoldDecomposition neumark = owners.twofold(TwofoldReference.NEUMARK);

        assertThat(neumark.explained()).isCloseTo(139.2257743, withinPercentage(TOLERANCE));
        assertThat(neumark.unexplained()).isCloseTo(19.5246701, withinPercentage(TOLERANCE));
    }

    @Test
    void groupCoefficientTwofoldsReproduceStataWeights() {
        // Stata weight(1) and weight(0); statsmodels' "self_submitted" tests.
        TwofoldDecomposition groupA = owners.twofold(TwofoldReference.GROUP_A);
        TwofoldDecomposition groupB = owners.twofold(TwofoldReference.GROUP_B);

        assertThat(groupA.explained()).isCloseTo(83.2967347, withinPercentage(TOLERANCE));
        assertThat(groupA.unexplained()).isCloseTo(75.4537098, withinPercentage(TOLERANCE));
        assertThat(groupB.explained()).isCloseTo(321.7482446, withinPercentage(TOLERANCE));
        assertThat(groupB.unexplained()).isCloseTo(-162.9978001, withinPercentage(TOLERANCE));
    }

    @Test
    void rejectsGroupsWithDifferentRegressors() {
        RegressionSample two = new RegressionSample(new double[] {1, 2, 3, 4}, new double[][] {{1, 2}, {2, 1}, {3, 5}, {4, 4}});
        RegressionSample one = new RegressionSample(new double[] {1, 2, 3}, new double[][] {{1}, {2}, {4}});

        assertThatThrownBy(() -> OaxacaBlinder.of(two, one)).isInstanceOf(InvalidDecomposition.class)
                .hasMessageContaining("2 regressors");
    }

    @Test
    void rejectsAGroupTooSmallForItsRegressors() {
        RegressionSample tiny = new RegressionSample(new double[] {1, 2}, new double[][] {{1}, {2}});
        RegressionSample fine = new RegressionSample(new double[] {1, 2, 4}, new double[][] {{1}, {2}, {4}});

        assertThatThrownBy(() -> OaxacaBlinder.of(tiny, fine)).isInstanceOf(InvalidDecomposition.class)
                .hasMessageContaining("too few");
    }
}
