package org.stratum.core.equity.spc;

/**
 * The NHS "Making Data Count" special-cause rules, as NHSRplotthedots implements them
 * ({@code R/ptd_calculate_point_type.R}): a point is special cause when it lies outside the control
 * limits; or belongs to 7 successive points on the same side of the centre line (a point on the
 * line breaks the run); or to 7 successive points each higher, or each lower, than the last (a tie
 * breaks it); or is one of 2 of 3 successive points beyond the 2σ line, all 3 on the same side.
 * Every point of a flagged run is flagged. Applied to one phase's points that have a value.
 */
final class SpecialCauseRules {

    private static final int RUN = 7;

    private SpecialCauseRules() {
    }

    static boolean[] flags(ChartPoint[] points) {
        int n = points.length;
        int[] side = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] near = new boolean[n];
        for (int i = 0; i < n; i++) {
            ChartPoint p = points[i];
            double sign = Math.signum(p.value() - p.centre());
            side[i] = Double.isNaN(sign) ? 0 : (int) sign;
            outside[i] = p.sigmaSignal();
            near[i] = !outside[i] && (p.value() < p.lowerWarning() || p.value() > p.upperWarning());
        }
        boolean[] special = outside.clone();
        for (int last = RUN - 1; last < n; last++) {
            if (sameSide(side, last) || monotone(points, last)) {
                for (int i = last - RUN + 1; i <= last; i++) {
                    special[i] = true;
                }
            }
        }
        for (int first = 0; first + 2 < n; first++) {
            int nearCount = 0;
            int sides = 0;
            for (int i = first; i < first + 3; i++) {
                nearCount += near[i] ? 1 : 0;
                sides += side[i];
            }
            if (nearCount >= 2 && Math.abs(sides) == 3) {
                for (int i = first; i < first + 3; i++) {
                    special[i] |= near[i];
                }
            }
        }
        return special;
    }

    private static boolean sameSide(int[] side, int last) {
        for (int i = last - RUN + 1; i <= last; i++) {
            if (side[i] == 0 || side[i] != side[last]) {
                return false;
            }
        }
        return true;
    }

    private static boolean monotone(ChartPoint[] points, int last) {
        double direction = Math.signum(points[last].value() - points[last - 1].value());
        if (direction == 0) {
            return false;
        }
        for (int i = last - RUN + 2; i <= last; i++) {
            if (Math.signum(points[i].value() - points[i - 1].value()) != direction) {
                return false;
            }
        }
        return true;
    }
}
