package org.stratum.core.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratum.core.ReferenceFixtures;

/**
 * The Bayesian update against the CFPB's own output ({@code cfpb_test_proxied_final.csv}: 100
 * fictitious people with the surname and area probabilities the CFPB's Stata code used and the BISG
 * probabilities it produced, at block group, tract and ZIP level).
 *
 * <p>The file does not carry the national shares P(group) the CFPB divided by (its 2010 adult
 * population), so they are estimated from the first 10 rows alone, and the other 90 rows are checked
 * against them: agreement there shows that one update with one set of national shares reproduces
 * the reference at every geography. The shares are calibrated per geography level (the CFPB
 * summed each level's own table, so they differ in the fifth digit). The fixture rounds
 * probabilities to 8 decimals and the calibrated shares carry that rounding, hence tolerances of 1e-6
 * on the mean and 1e-5 on the largest absolute difference, about 20 times the figures measured:
 * mean 7e-9 / 9e-9 / 2e-8 and largest 2.4e-7 / 2.7e-7 / 5.2e-7 at block group / tract / ZIP; the
 * most likely group matches on every row.
 */
class CfpbProxyAgreementTest {
    private static final Map<BisgGroup, String> FIXTURE_NAMES = Map.of(BisgGroup.HISPANIC, "hispanic",
            BisgGroup.WHITE, "white", BisgGroup.BLACK, "black", BisgGroup.API, "api", BisgGroup.AIAN, "aian",
            BisgGroup.MULTIRACIAL, "mult_other");
    private static final int CALIBRATION_ROWS = 10;
    private static List<NamedCsvRecord> rows;

    @BeforeAll
    static void readFixture() throws IOException {
        Path file = ReferenceFixtures.require("real").resolve("bisg/cfpb_test_proxied_final.csv");
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            rows = reader.stream().toList();
        }
        assertThat(rows).hasSize(100);
    }

    private static GroupProbabilities vector(NamedCsvRecord row, String prefix) {
        double[] values = new double[BisgGroup.values().length];
        for (BisgGroup group : BisgGroup.values()) {
            values[group.ordinal()] = Double.parseDouble(row.getField(prefix + FIXTURE_NAMES.get(group)));
        }
        return GroupProbabilities.normalise(values);
    }

    /** share_i / share_white = (name_i × area_i / pr_i) / (name_w × area_w / pr_w) on rows where all are positive. */
    private static GroupProbabilities nationalSharesFrom(List<NamedCsvRecord> calibration, String level) {
        double[] shares = new double[BisgGroup.values().length];
        for (BisgGroup group : BisgGroup.values()) {
            List<Double> ratios = new ArrayList<>();
            for (NamedCsvRecord row : calibration) {
                double own = weight(row, level, group);
                double white = weight(row, level, BisgGroup.WHITE);
                if (own > 0 && white > 0) {
                    ratios.add(own / white);
                }
            }
            assertThat(ratios).as("calibration rows for " + group).isNotEmpty();
            double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            shares[group.ordinal()] = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        return GroupProbabilities.normalise(shares);
    }

    private static double weight(NamedCsvRecord row, String level, BisgGroup group) {
        String name = FIXTURE_NAMES.get(group);
        double posterior = Double.parseDouble(row.getField(level + "_pr_" + name));
        double product = Double.parseDouble(row.getField("name_pr_" + name))
                * Double.parseDouble(row.getField(level + "_geo_pr_" + name));
        return posterior > 0 && product > 0 ? product / posterior : 0;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"blkgrp18", "tract18", "zip18"})
    void theUpdateReproducesTheCfpbProbabilitiesOnRowsNotUsedForCalibration(String level) {
        BayesianUpdate update = new BayesianUpdate(nationalSharesFrom(rows.subList(0, CALIBRATION_ROWS), level));
        double sum = 0;
        double largest = 0;
        int cells = 0;
        int sameMostLikely = 0;
        List<NamedCsvRecord> checked = rows.subList(CALIBRATION_ROWS, rows.size());
        for (NamedCsvRecord row : checked) {
            Imputation imputation = update.impute(vector(row, "name_pr_"), vector(row, level + "_geo_pr_")).orElseThrow();
            assertThat(imputation.basis()).isEqualTo(Imputation.Basis.SURNAME_AND_AREA);
            GroupProbabilities expected = vector(row, level + "_pr_");
            double[] got = imputation.probabilities().toArray();
            double[] want = expected.toArray();
            for (int i = 0; i < got.length; i++) {
                double difference = Math.abs(got[i] - want[i]);
                sum += difference;
                largest = Math.max(largest, difference);
                cells++;
            }
            if (imputation.probabilities().mostLikely() == expected.mostLikely()) {
                sameMostLikely++;
            }
            assertThat(Arrays.stream(got).sum()).isCloseTo(1.0, within(1e-12));
        }
        double mean = sum / cells;
        System.out.printf(Locale.ROOT,
                "[bisg] CFPB %s: mean |difference| %.2e, largest %.2e, most likely group same in %d of %d rows%n",
                level, mean, largest, sameMostLikely, checked.size());
        assertThat(mean).isLessThan(1e-6);
        assertThat(largest).isLessThan(1e-5);
        assertThat(sameMostLikely).isEqualTo(checked.size());
    }
}
