package org.stratum.app.web.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stratum.core.equity.decomposition.KitagawaDecomposition;
import org.stratum.core.equity.decomposition.StratumContribution;
import org.stratum.core.equity.gaps.GapDecomposition;

/**
 * A gap decomposed across one factor (site, payer) by the core's Kitagawa decomposition: each stratum's
 * contributions, the totals, the core's explanation, and the chart of the same numbers.
 */
public record DecompositionView(GapDecomposition decomposition, List<ContributionRow> rows, DecompositionChart chart) {

    /** @param names what a stratum's stored value is called (site names by site id); others stay as they are */
    static DecompositionView of(GapDecomposition decomposition, Map<String, String> names) {
        KitagawaDecomposition kitagawa = decomposition.kitagawa();
        List<ContributionRow> rows = new ArrayList<>();
        for (StratumContribution stratum : kitagawa.strata()) {
            rows.add(new ContributionRow(names.getOrDefault(stratum.stratum(), stratum.stratum()), stratum.composition(),
                    stratum.rate(), stratum.total(), false));
        }
        rows.add(new ContributionRow("Total", kitagawa.composition(), kitagawa.rate(), kitagawa.gap(), true));
        return new DecompositionView(decomposition, List.copyOf(rows), DecompositionChart.of(rows));
    }

    public String factor() {
        return decomposition.factor();
    }
}
