package org.stratum.app.web.measures;

import java.util.Locale;

/** How the measure pages write numbers; a hidden or missing value is an em dash, never a 0. */
final class Figures {
    static final String HIDDEN = "—";

    String count(Long value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%,d", value);
    }

    String percent(Double value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    String interval(Double low, Double high) {
        return low == null ? HIDDEN : String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * low, 100 * high);
    }

    /** A difference of proportions in percentage points, signed. */
    String points(Double value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%+.1f pts", 100 * value);
    }

    String pointsInterval(Double low, Double high) {
        return low == null ? HIDDEN : String.format(Locale.ROOT, "%+.1f to %+.1f", 100 * low, 100 * high);
    }

    String ratio(Double value) {
        return value == null ? HIDDEN : String.format(Locale.ROOT, "%.2f", value);
    }

    String ratioInterval(Double low, Double high) {
        return low == null ? HIDDEN : String.format(Locale.ROOT, "%.2f–%.2f", low,
                high.isInfinite() ? Double.POSITIVE_INFINITY : high).replace("Infinity", "∞");
    }

    String pValue(Double value) {
        if (value == null) {
            return HIDDEN;
        }
        return value < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
