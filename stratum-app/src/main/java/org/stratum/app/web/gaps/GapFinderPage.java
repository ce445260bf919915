package org.stratum.app.web.gaps;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScanResult;

/**
 * The gap finder for one period: the scan, the gaps shown (the first of the ranking), and the chosen
 * gap with its decompositions when one is chosen and its numbers may be shown.
 *
 * @param selected       the chosen gap, or null
 * @param decompositions the chosen gap across each factor; empty when none is chosen or its numbers are hidden
 */
public record GapFinderPage(GapScanResult result, List<MeasurementPeriod> periods, List<ShownGap> gaps,
        ShownGap selected, List<DecompositionView> decompositions) {

    /** The period and criteria of this scan as a query string, for links to its gaps. */
    public String scanQuery() {
        GapCriteria criteria = result.findings().criteria();
        return String.format(Locale.ROOT, "period=%s&fdr=%s&min-group=%d", result.period(),
                BigDecimal.valueOf(criteria.falseDiscoveryRate()).stripTrailingZeros().toPlainString(),
                criteria.minimumGroupSize());
    }

    /** The query string of this view, for "save this view". */
    public String query() {
        return selected == null ? scanQuery() : scanQuery() + "&gap=" + selected.rank();
    }

    public String title() {
        return selected == null ? "Gap finder, " + result.period()
                : "Gap " + selected.rank() + ", " + result.period() + ": " + selected.gap().measure().name();
    }
}
