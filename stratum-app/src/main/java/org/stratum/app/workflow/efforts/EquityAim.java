package org.stratum.app.workflow.efforts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.stratum.engine.equity.StratifyingDimension;

/**
 * What an effort sets out to change for whom: one measure's rate for one stratum, from a baseline to
 * a target percentage by a date ("raise blood-pressure control for Spanish-speaking patients from 52%
 * to 65% by June").
 *
 * @param stratum          the stratum's label as the measure pages show it under {@code dimension}
 * @param baselinePercent  the rate when the effort began, or null when not known yet
 */
public record EquityAim(String measureId, StratifyingDimension dimension, String stratum, BigDecimal baselinePercent,
        BigDecimal targetPercent, LocalDate targetDate) {

    public EquityAim {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(targetPercent, "targetPercent");
        Objects.requireNonNull(targetDate, "targetDate");
    }

    /** The aim in a sentence, with the measure's name. */
    public String describe(String measureName) {
        String change = baselinePercent == null ? "bring" : baselinePercent.compareTo(targetPercent) > 0 ? "lower" : "raise";
        String from = baselinePercent == null ? "" : " from " + baselinePercent.stripTrailingZeros().toPlainString() + "%";
        return change.substring(0, 1).toUpperCase() + change.substring(1) + " " + measureName + " for " + stratum
                + " (" + dimension.title() + ")" + from + " to " + targetPercent.stripTrailingZeros().toPlainString()
                + "% by " + targetDate;
    }
}
