package org.stratum.app.equity;

import java.util.List;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.engine.equity.MeasureTotal;

/**
 * A measure group's overall counts as the overview may show them: eligible patients, the rate with its
 * Wilson interval, and the share with self-reported race and ethnicity. The eligible are split two ways
 * (meeting or not, self-reported or not), each part a cell, and the core's complementary suppression
 * hides whatever would show or reveal a count of 1–10. Null means hidden.
 */
public record ShownTotal(Long eligible, Double rate, Double rateLow, Double rateHigh, Double completeness) {

    public static ShownTotal of(MeasureTotal total) {
        PublishedTable.Builder table = PublishedTable.builder();
        int eligible = table.shown("eligible", total.eligible());
        int met = table.shown("meeting the measure", total.met());
        int notMet = table.derived("not meeting the measure", total.eligible() - total.met());
        table.sum(eligible, List.of(met, notMet));
        int reported = table.shown("self-reported race and ethnicity", total.selfReported());
        int notReported = table.derived("no self-reported race and ethnicity", total.eligible() - total.selfReported());
        table.sum(eligible, List.of(reported, notReported));
        SuppressedTable shown = new ComplementarySuppression(SuppressionPolicy.CMS).apply(table.build());

        boolean denominator = shown.isShown(eligible) && total.eligible() > 0;
        boolean rate = denominator && shown.isShown(met);
        ConfidenceInterval interval = rate
                ? new Proportion(total.met(), total.eligible()).wilson(ConfidenceLevel.NINETY_FIVE) : null;
        return new ShownTotal(shown.isShown(eligible) ? total.eligible() : null,
                rate ? (double) total.met() / total.eligible() : null, rate ? interval.lower() : null,
                rate ? interval.upper() : null,
                denominator && shown.isShown(reported) ? (double) total.selfReported() / total.eligible() : null);
    }
}
