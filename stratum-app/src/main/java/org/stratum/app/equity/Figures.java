package org.stratum.app.equity;

import java.util.Locale;

/** How the measure pages write numbers; a hidden or missing value is an em dash, never a 0. */
public final class Figures {
    public static final String HIDDEN = "—";

    public String count(Long value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%,d", value);
    }

    public String percent(Double value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    public String interval(Double low, Double high) {
        return low == null ? HIDDEN : String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * low, 100 * high);
    }

    /** A difference of proportions in percentage points, signed. */
    public String points(Double value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%+.1f pts", 100 * value);
    }

    public String pointsInterval(Double low, Double high) {
        return low == null ? HIDDEN : String.format(Locale.ROOT, "%+.1f to %+.1f", 100 * low, 100 * high);
    }

    public String ratio(Double value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%.2f", value);
    }

    public String ratioInterval(Double low, Double high) {
        return low == null ? HIDDEN : String.format(Locale.ROOT, "%.2f–%.2f", low,
                high.isInfinite() ? Double.POSITIVE_INFINITY : high).replace("Infinity", "∞");
    }

    public String pValue(Double value) {
        if (value == null) {
            return HIDDEN;
        }
        return value < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
