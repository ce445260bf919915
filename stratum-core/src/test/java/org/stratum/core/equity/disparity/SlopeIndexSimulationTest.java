package org.stratum.core.equity.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.equity.rate.PheFixture.blank;
import static org.stratum.core.equity.rate.PheFixture.number;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;

/**
 * Simulated SII and RII limits against PHEindicatormethods' {@code testdata_SII}. They are Monte Carlo
 * results from R's random numbers, so, like PHE's own {@code testSII.R} (tolerance 0.05), we ask for
 * agreement within 5% relative, not digits. The first limit pair of each block is checked (the second
 * pair of the "multiple CIs" blocks is at another level).
 */
class SlopeIndexSimulationTest {

    private static final double TOLERANCE = 0.05;

    @Test
    void agreesWithThePheSimulationsWithinMonteCarloError() {
        int checked = 0;
        for (PheSiiBlock block : PheSiiBlock.withResults()) {
            NamedCsvRecord expected = block.first();
            if (blank(expected, "sii_lowercl_1")) {
                continue;
            }
            // "95", or "c(95, 99)" for the blocks with two levels: the first pair of limits is at the first.
            String confidence = expected.getField("Confidence").replaceAll("[^0-9.,]", "").split(",")[0];
            ConfidenceLevel level = ConfidenceLevel.percent(Double.parseDouble(confidence));
            SlopeIndexIntervals simulated = SlopeIndexSimulation.of(block.groups(), block.scale(), block.transformed(),
                    level, SlopeIndexSimulation.DEFAULT_REPETITIONS, 20241213L);
            double multiplier = block.multiplier();
            ConfidenceInterval sii = simulated.sii();
            double siiLower = multiplier > 0 ? multiplier * sii.lower() : multiplier * sii.upper();
            double siiUpper = multiplier > 0 ? multiplier * sii.upper() : multiplier * sii.lower();
            close(siiLower, number(expected, "sii_lowercl_1"), "SII lower " + block);
            close(siiUpper, number(expected, "sii_uppercl_1"), "SII upper " + block);
            if (!blank(expected, "rii_lowercl_1")) {
                double riiLower = multiplier > 0 ? simulated.rii().lower() : 1 / simulated.rii().upper();
                double riiUpper = multiplier > 0 ? simulated.rii().upper() : 1 / simulated.rii().lower();
                close(riiLower, number(expected, "rii_lowercl_1"), "RII lower " + block);
                close(riiUpper, number(expected, "rii_uppercl_1"), "RII upper " + block);
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theAnalyticIntervalIsTheLimitOfTheSimulationForNormalValues() {
        List<GroupEstimate> groups = PheSiiBlock.withResults().get(0).groups();
        ConfidenceInterval analytic = SlopeIndexOfInequality.of(groups).siiInterval(ConfidenceLevel.NINETY_FIVE)
                .orElseThrow();
        ConfidenceInterval simulated = SlopeIndexSimulation.of(groups, ValueScale.NORMAL, false,
                ConfidenceLevel.NINETY_FIVE, 200_000, 7L).sii();
        assertThat(simulated.lower()).isCloseTo(analytic.lower(), Offset.offset(0.02 * analytic.width()));
        assertThat(simulated.upper()).isCloseTo(analytic.upper(), Offset.offset(0.02 * analytic.width()));
    }

    @Test
    void theSameSeedGivesTheSameLimits() {
        List<GroupEstimate> groups = PheSiiBlock.withResults().get(0).groups();
        assertThat(SlopeIndexSimulation.of(groups, ValueScale.NORMAL, false, ConfidenceLevel.NINETY_FIVE, 5000, 42L))
                .isEqualTo(SlopeIndexSimulation.of(groups, ValueScale.NORMAL, false, ConfidenceLevel.NINETY_FIVE, 5000, 42L));
    }

    private static void close(double actual, double expected, String description) {
        assertThat(actual).as(description).isCloseTo(expected, Offset.offset(Math.abs(expected) * TOLERANCE));
    }
}
