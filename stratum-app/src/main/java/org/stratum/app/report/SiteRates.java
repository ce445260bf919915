package org.stratum.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * A measure's rate at each site, as safe to share: each site's eligible patients split into those
 * meeting the measure and not, all sites adding up to the total, and the core's complementary
 * suppression hiding whatever would show or reveal a count of 1 to 10 (so a hidden site cannot be
 * worked out from the total and the others).
 */
final class SiteRates {
    static final String HIDDEN = "—";

    /** One site's row: eligible patients and rate, each a dash when hidden. */
    record SiteRate(String site, String eligible, String rate) {
    }

    private SiteRates() {
    }

    static List<SiteRate> of(List<GroupCount> sites) {
        PublishedTable.Builder table = PublishedTable.builder();
        long totalEligible = sites.stream().mapToLong(GroupCount::denominator).sum();
        long totalMet = sites.stream().mapToLong(GroupCount::numerator).sum();
        int eligible = table.shown("eligible", totalEligible);
        int met = table.shown("meeting the measure", totalMet);
        List<Integer> siteEligible = new ArrayList<>();
        List<Integer> siteMet = new ArrayList<>();
        for (GroupCount site : sites) {
            int e = table.shown(site.group() + " eligible", site.denominator());
            int m = table.shown(site.group() + " meeting", site.numerator());
            int n = table.derived(site.group() + " not meeting", site.denominator() - site.numerator());
            table.sum(e, List.of(m, n));
            siteEligible.add(e);
            siteMet.add(m);
        }
        table.sum(eligible, siteEligible);
        table.sum(met, siteMet);
        SuppressedTable shown = new ComplementarySuppression(SuppressionPolicy.CMS).apply(table.build());
        List<SiteRate> rates = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            GroupCount site = sites.get(i);
            boolean eligibleShown = shown.isShown(siteEligible.get(i)) && site.denominator() > 0;
            // The "not meeting" cell is derived, never printed; suppression has already hidden the printed
            // cells it would reveal if it were small.
            boolean rateShown = eligibleShown && shown.isShown(siteMet.get(i));
            rates.add(new SiteRate(site.group(), eligibleShown ? String.format(Locale.ROOT, "%,d", site.denominator()) : HIDDEN,
                    rateShown ? String.format(Locale.ROOT, "%.1f%%", 100.0 * site.numerator() / site.denominator()) : HIDDEN));
        }
        return rates;
    }
}
