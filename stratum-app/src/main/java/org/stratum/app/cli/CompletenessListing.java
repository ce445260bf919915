package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.CompletenessGrouping;
import org.stratum.engine.real.CompletenessIndicator;
import org.stratum.engine.real.PublishedCompleteness;
import org.stratum.engine.real.PublishedCompleteness.Flag;
import org.stratum.engine.real.PublishedCompleteness.Row;
import org.stratum.engine.real.PublishedCompleteness.Share;

/** Prints a REAL completeness report: one block per group, hidden counts as "hidden". */
final class CompletenessListing {
    static final String HIDDEN = "hidden";
    private final PrintWriter out;

    CompletenessListing(PrintWriter out) {
        this.out = out;
    }

    void print(PublishedCompleteness report, MeasurementPeriod period, CompletenessGrouping grouping) {
        String target = RealCommand.percent(report.target()).replace(".0%", "%");
        out.printf("REAL completeness in %s by %s: patients with a visit in the period%s.%n", period, grouping.key(),
                grouping.partition() ? "" : " (each month: patients with a visit that month, answers recorded by its end)");
        out.printf("Target: %s of patients with self-reported race/ethnicity. Shares with 95%% Wilson intervals.%n", target);
        int width = 0;
        for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
            width = Math.max(width, indicator.label().length());
        }
        boolean hidden = false;
        int below = 0;
        for (Row row : report.rows()) {
            out.println();
            String patients = row.patients().isPresent() ? String.format(Locale.ROOT, "%,d", row.patients().getAsLong())
                    : HIDDEN;
            String flag = row.flag() == Flag.BELOW_TARGET ? "  BELOW TARGET (" + target + ")" : "";
            below += row.flag() == Flag.BELOW_TARGET && !row.all() ? 1 : 0;
            out.printf("%s: %s patients%s%n", row.label(), patients, flag);
            hidden |= row.patients().isEmpty();
            if (row.patients().isEmpty()) {
                continue;
            }
            for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
                Share share = row.share(indicator);
                hidden |= share.count().isEmpty();
                out.printf("  %-" + width + "s  %s%n", indicator.label(), describe(share));
            }
        }
        out.println();
        out.printf("%d group%s below the %s target.%n", below, below == 1 ? "" : "s", target);
        if (hidden) {
            out.println("Numbers hidden: a count of 1 to 10 patients could be worked out from them.");
        }
    }

    private static String describe(Share share) {
        if (share.count().isEmpty()) {
            return String.format(Locale.ROOT, "%8s", HIDDEN);
        }
        String count = String.format(Locale.ROOT, "%,8d", share.count().getAsLong());
        if (share.proportion().isEmpty()) {
            return count;
        }
        return count + "  " + String.format(Locale.ROOT, "%6s", RealCommand.percent(share.proportion().get().value()))
                + "  (" + RealCommand.percent(share.interval().orElseThrow().lower()) + " to "
                + RealCommand.percent(share.interval().orElseThrow().upper()) + ")";
    }
}
