package org.stratum.core.equity.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.equity.rate.PheFixture.assertClose;
import static org.stratum.core.equity.rate.PheFixture.blank;
import static org.stratum.core.equity.rate.PheFixture.number;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Point SII, RII and intercept against every result row of PHEindicatormethods' {@code testdata_SII}, to
 * 1e-9 relative. PHE's multiplier only scales the SII (and inverts the RII when negative), which we
 * apply here rather than in the API: in Stratum the measure's direction says which way is better.
 */
class SlopeIndexOfInequalityTest {

    @Test
    void reproducesEveryPointEstimateOfThePheSheet() {
        List<PheSiiBlock> blocks = PheSiiBlock.withResults();
        assertThat(blocks).hasSize(44);
        for (PheSiiBlock block : blocks) {
            SlopeIndex fit = SlopeIndexOfInequality.of(block.groups(), block.scale(), block.transformed());
            NamedCsvRecord expected = block.first();
            double multiplier = block.multiplier();
            assertClose(multiplier * fit.sii(), number(expected, "sii"), "SII " + block);
            if (!blank(expected, "rii")) {
                assertClose(multiplier < 0 ? 1 / fit.rii() : fit.rii(), number(expected, "rii"), "RII " + block);
            }
            if (!blank(expected, "Intercept")) {
                assertClose(fit.intercept(), number(expected, "Intercept"), "intercept " + block);
            }
        }
    }

    @Test
    void reproducesTheSpotValueOfSourcesMd() {
        PheSiiBlock group1 = PheSiiBlock.withResults().get(0);
        SlopeIndex fit = SlopeIndexOfInequality.of(group1.groups());
        assertClose(fit.sii(), 6.9346164736688189, "SII");
        assertClose(fit.rii(), 1.0888180804446217, "RII");
    }
}
