package org.stratum.app.web.gaps;

import java.util.List;
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

    /** The query string of this view, for "save this view". */
    public String query() {
        String period = "period=" + result.period();
        return selected == null ? period : period + "&gap=" + selected.rank();
    }

    public String title() {
        return selected == null ? "Gap finder, " + result.period()
                : "Gap " + selected.rank() + ", " + result.period() + ": " + selected.gap().measure().name();
    }
}
