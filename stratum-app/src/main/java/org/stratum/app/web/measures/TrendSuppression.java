package org.stratum.app.web.measures;

import java.util.List;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.suppression.SuppressionPolicy;

/**
 * Small numbers on the Monitor, where a stratum's rolling twelve-month points overlap: subtracting one
 * point's counts from the next gives how many patients entered or left in a month, often 1 to 10, even
 * when every point on its own is large. So a stratum is drawn only when, at every point, the patients
 * eligible, meeting and not meeting the measure are each 0 or at least 11 (the CMS threshold); and what
 * the page shows of it is computed from its counts rounded to the nearest ten. Rounded counts differ by
 * multiples of ten whatever the exact change was, so no difference of exact counts can be worked out.
 */
final class TrendSuppression {
    static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;
    static final int ROUNDING = 10;

    private TrendSuppression() {
    }

    /** Whether a stratum's series may be drawn: no point holds a count of 1–10. */
    static boolean mayShow(List<GroupCount> series) {
        return series.stream().noneMatch(point -> POLICY.isSmall(point.numerator()) || POLICY.isSmall(point.denominator())
                || POLICY.isSmall(point.denominator() - point.numerator()));
    }

    /** The counts the page computes from: each rounded to the nearest ten, halves up. */
    static GroupCount rounded(GroupCount exact) {
        return new GroupCount(exact.group(), round(exact.numerator()), round(exact.denominator()));
    }

    static long round(long count) {
        return Math.floorDiv(count + ROUNDING / 2, ROUNDING) * ROUNDING;
    }
}
