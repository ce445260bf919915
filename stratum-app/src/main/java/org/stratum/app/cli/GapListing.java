package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.stratum.core.equity.gaps.Attribution;
import org.stratum.core.equity.gaps.Gap;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.gaps.GapDecomposition;
import org.stratum.core.equity.gaps.GapFindings;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.engine.equity.GapScanResult;

/**
 * Prints a gap scan for people who may pass it on: the ranked gaps, each explaining itself. No count
 * from 1 to 10 is printed: a gap resting on one (patients meeting or not meeting the measure, in the
 * group or in everyone else) is listed in its place with its numbers hidden, because its rates,
 * difference, p-value and patients to equity would let the count be worked out.
 */
final class GapListing {
    private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;

    private final PrintWriter out;

    GapListing(PrintWriter out) {
        this.out = out;
    }

    void print(GapScanResult result, int limit) {
        GapFindings findings = result.findings();
        GapCriteria criteria = findings.criteria();
        out.printf(Locale.ROOT, "Gaps in %s: %d measure%s, %,d patients with results, scanned in %.1f s.%n",
                result.period(), result.scanned().size(), result.scanned().size() == 1 ? "" : "s", result.patients(),
                result.elapsed().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "%,d comparisons, each group of at least %d patients with everyone else in its slice"
                        + " (%,d groups too small to compare); %,d meaningful gap%s: Benjamini-Hochberg at a %s false"
                        + " discovery rate over all of them, and a relative difference of at least %s in the adverse"
                        + " outcome.%n", findings.comparisons(), criteria.minimumGroupSize(), findings.groupsTooSmall(),
                findings.gaps().size(), findings.gaps().size() == 1 ? "" : "s", percent(criteria.falseDiscoveryRate(), 0),
                percent(criteria.relativeThreshold(), 0));
        List<Gap> shown = findings.top(limit);
        if (!shown.isEmpty()) {
            out.printf("Ranked by patients to equity%s. Counts of 1 to 10 are never shown.%n",
                    shown.size() < findings.gaps().size() ? "; the first " + shown.size() : "");
        }
        for (int i = 0; i < shown.size(); i++) {
            out.println();
            gap(i + 1, shown.get(i));
        }
        out.flush();
    }

    private void gap(int rank, Gap gap) {
        out.printf("%d. %s%n", rank, gap.measure().name());
        out.printf("   Among %s, by %s: %s%n", gap.slice().description(), gap.dimension(), gap.group().group());
        if (!gap.disclosable(POLICY)) {
            out.println("   Numbers hidden: a count of 1 to 10 patients could be worked out from them.");
            gap.decompositions().forEach(d -> out.printf("   By %s: %s.%n", d.factor(), words(d.attribution(), d.factor())));
            return;
        }
        String level = gap.groupInterval().level().toString();
        out.printf(Locale.ROOT, "   the group:     %,d of %,d met the measure, %s (%s CI %s)%n", gap.group().numerator(),
                gap.group().denominator(), percent(gap.groupRate(), 1), level, range(gap.groupInterval(), 100, "%"));
        out.printf(Locale.ROOT, "   everyone else: %,d of %,d, %s (%s CI %s)%n", gap.reference().numerator(),
                gap.reference().denominator(), percent(gap.referenceRate(), 1), level, range(gap.referenceInterval(), 100, "%"));
        out.printf(Locale.ROOT, "   difference %+.1f points (%s CI %s); %s, q %s among %,d comparisons%n",
                100 * gap.difference().estimate(), level, range(gap.difference().interval(), 100, ""),
                p("p", gap.pValue()), q(gap.qValue()), gap.comparisons());
        out.printf(Locale.ROOT, "   patients to equity: %,d%n", gap.patients());
        out.printf("   %s%n", gap.explanation());
        gap.decompositions().forEach(d -> out.printf("   %s%n", d.explanation()));
    }

    private static String words(Attribution attribution, String factor) {
        return switch (attribution) {
            case COMPOSITION -> "mostly composition";
            case RATES_WITHIN_STRATA -> "mostly rates within the same " + factor;
            case BOTH -> "partly composition, partly rates within the same " + factor;
        };
    }

    private static String range(ConfidenceInterval interval, double scale, String unit) {
        return String.format(Locale.ROOT, "%.1f to %.1f%s", scale * interval.lower(), scale * interval.upper(), unit);
    }

    private static String percent(double fraction, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * fraction);
    }

    private static String p(String name, double value) {
        return value < 0.001 ? name + " < 0.001" : String.format(Locale.ROOT, "%s = %.3f", name, value);
    }

    private static String q(double value) {
        return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", value);
    }
}
