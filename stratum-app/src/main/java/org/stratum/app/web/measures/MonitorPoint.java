package org.stratum.app.web.measures;

import java.time.LocalDate;
import org.stratum.core.equity.spc.Variation;

/**
 * One rolling twelve-month point of a stratum as the Monitor shows it, from counts rounded to ten.
 * Proportions, not percentages; a line that does not exist (no one eligible, no limits) is null.
 *
 * @param phase      the SPC phase, from 0
 * @param variation  the Making Data Count reading of this point
 * @param difference the gap from the reference stratum at this point (Newcombe), null for the reference itself
 */
public record MonitorPoint(LocalDate end, long eligible, long met, Double rate, Double centre, Double lower,
        Double upper, int phase, Variation variation, Double difference, Double differenceLow, Double differenceHigh) {

    public boolean special() {
        return variation != Variation.COMMON_CAUSE;
    }
}
