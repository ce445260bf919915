package org.stratum.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.compare.GroupCount;

/** Rates by site as the report prints them: small counts hidden, and nothing that would reveal them. */
class SiteRatesTests {

    @Test
    void largeSitesShowTheirEligiblePatientsAndRate() {
        List<SiteRates.SiteRate> rates = SiteRates.of(List.of(new GroupCount("North", 30, 60), new GroupCount("South", 45, 90)));

        assertThat(rates).containsExactly(new SiteRates.SiteRate("North", "60", "50.0%"),
                new SiteRates.SiteRate("South", "90", "50.0%"));
    }

    @Test
    void aSmallSiteIsHiddenWithAnotherSoTheTotalCannotRevealIt() {
        List<SiteRates.SiteRate> rates = SiteRates.of(List.of(new GroupCount("North", 30, 60),
                new GroupCount("South", 45, 90), new GroupCount("Clinic van", 3, 7)));

        assertThat(rates.get(2)).isEqualTo(new SiteRates.SiteRate("Clinic van", "—", "—"));
        // With the total known to the suppression, one more site's eligible patients must go too.
        assertThat(rates.subList(0, 2)).filteredOn(rate -> rate.eligible().equals("—")).hasSize(1);
    }

    @Test
    void aRateRestingOnFewPatientsMeetingTheMeasureIsHidden() {
        List<SiteRates.SiteRate> rates = SiteRates.of(List.of(new GroupCount("North", 4, 60), new GroupCount("South", 45, 90)));

        assertThat(rates.get(0).rate()).isEqualTo("—");
        assertThat(rates).allSatisfy(rate -> assertThat(rate.rate()).doesNotContain("6.7%"));
    }
}
