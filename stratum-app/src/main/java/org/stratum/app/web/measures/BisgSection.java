package org.stratum.app.web.measures;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.stratum.app.equity.Figures;
import org.stratum.engine.real.bisg.PublishedBisgEstimate;

/**
 * The measure page's BISG section: the measure group's rate by BISG group among self-reporting patients
 * and BISG-weighted over everyone, as {@link PublishedBisgEstimate} lets it be shown. A hidden value is
 * null. {@code imputations} is false when the warehouse holds none, and then nothing else is set.
 */
public record BisgSection(boolean imputations, Long eligible, Long imputed, Long notImputable, List<Line> lines,
                          BisgChart chart) {
    static final BisgSection NONE = new BisgSection(false, null, null, null, List.of(), null);

    /** One BISG group; weighted counts are sums of probabilities, so they have a decimal. */
    public record Line(String group, Long selfReportedEligible, Long selfReportedMet, Double selfReportedRate,
                       boolean selfReportedUnstable, Double weightedEligible, Double weightedMet, Double weightedRate,
                       boolean weightedUnstable, boolean hidden) {

        public String weightedEligibleText() {
            return weighted(weightedEligible);
        }

        public String weightedMetText() {
            return weighted(weightedMet);
        }

        private static String weighted(Double value) {
            return value == null ? Figures.HIDDEN : String.format(Locale.ROOT, "%,.1f", value);
        }
    }

    static BisgSection of(PublishedBisgEstimate.Estimate estimate) {
        List<Line> lines = estimate.rows().stream().map(row -> new Line(row.group().label(),
                boxed(row.selfReportedEligible()), boxed(row.selfReportedMet()), boxed(row.selfReportedRate()),
                row.selfReportedUnstable(), boxed(row.weightedEligible()), boxed(row.weightedMet()),
                boxed(row.weightedRate()), row.weightedUnstable(), row.hidden())).toList();
        return new BisgSection(true, boxed(estimate.eligible()), boxed(estimate.imputed()),
                boxed(estimate.notImputable()), lines, BisgChart.of(lines));
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
