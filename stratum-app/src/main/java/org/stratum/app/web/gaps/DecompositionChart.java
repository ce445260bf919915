package org.stratum.app.web.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a decomposition chart (SVG drawn by the template): for each stratum and the total,
 * two horizontal bars from a zero line, one for composition and one for rates within the stratum, on a
 * percentage-point axis symmetric about zero. Geometry only; the numbers are the table's.
 */
public record DecompositionChart(int width, int height, int zeroX, int plotLeft, int plotRight, List<Bar> bars,
        List<Tick> ticks) {
    static final int WIDTH = 680;
    static final int PLOT_LEFT = 220;
    static final int PLOT_RIGHT = 660;
    static final int ROW = 34;
    static final int TOP = 10;

    /** One bar: its row label (on the first bar of a row), kind, left edge, width and vertical place. */
    public record Bar(String label, String kind, int x, int y, int width, String value) {
    }

    public record Tick(int x, String label) {
    }

    static DecompositionChart of(List<ContributionRow> rows) {
        double extent = rows.stream().mapToDouble(r -> Math.max(Math.abs(r.composition()), Math.abs(r.rate())))
                .max().orElse(0);
        double half = niceHalfRange(extent);
        int zero = (PLOT_LEFT + PLOT_RIGHT) / 2;
        double scale = (PLOT_RIGHT - zero) / half;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ContributionRow row = rows.get(i);
            int y = TOP + i * ROW;
            bars.add(bar(row.stratum(), "composition", row.composition(), zero, scale, y));
            bars.add(bar(null, "rate", row.rate(), zero, scale, y + 12));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int step = -2; step <= 2; step++) {
            double value = half * step / 2;
            ticks.add(new Tick((int) Math.round(zero + value * scale), String.format(Locale.ROOT, "%+.1f", 100 * value)
                    .replace("+0.0", "0")));
        }
        return new DecompositionChart(WIDTH, TOP + rows.size() * ROW + 30, zero, PLOT_LEFT, PLOT_RIGHT, bars, ticks);
    }

    /** The y of the axis labels, below the last row. */
    public int axisY() {
        return height - 24;
    }

    private static Bar bar(String label, String kind, double value, int zero, double scale, int y) {
        int length = (int) Math.round(Math.abs(value) * scale);
        int x = value < 0 ? zero - length : zero;
        return new Bar(label, kind, x, y, Math.max(length, 1), String.format(Locale.ROOT, "%+.1f pts", 100 * value));
    }

    /** Half the axis: the largest contribution rounded up to 1, 2 or 5 × a power of ten, never 0. */
    private static double niceHalfRange(double extent) {
        if (!(extent > 0)) {
            return 0.01;
        }
        double power = Math.pow(10, Math.floor(Math.log10(extent)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= extent) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
