package org.stratum.app.web.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the marks of a stratum's gap from the reference stratum over time go: at each point the
 * difference in percentage points as a dot with its 95% Newcombe interval as a whisker, and the line
 * of no difference, on an axis fitted to the intervals and always including zero.
 */
public record GapChart(int width, int height, double zeroY, int axisY, List<Mark> marks, List<SpcChart.Tick> xTicks,
        List<SpcChart.Tick> yTicks) {
    private static final int TOP = 12;
    private static final int PLOT_HEIGHT = 110;

    public record Mark(double x, double y, double low, double high, String label) {
    }

    public int plotLeft() {
        return SpcChart.LEFT;
    }

    public int plotRight() {
        return SpcChart.LEFT + SpcChart.PLOT;
    }

    /** The chart, or null when no point has a difference to draw. */
    static GapChart of(List<MonitorPoint> points, TimeAxis axis) {
        List<MonitorPoint> compared = points.stream().filter(p -> p.difference() != null).toList();
        if (compared.isEmpty()) {
            return null;
        }
        double low = Math.min(0, compared.stream().mapToDouble(MonitorPoint::differenceLow).min().orElse(0));
        double high = Math.max(0, compared.stream().mapToDouble(MonitorPoint::differenceHigh).max().orElse(0));
        double lowEdge = Math.floor(low * 20) / 20;
        double highEdge = Math.ceil(high * 20) / 20;
        if (highEdge - lowEdge < 0.05) {
            highEdge = lowEdge + 0.05;
        }
        double bottom = lowEdge;
        double span = highEdge - lowEdge;
        Function<Double, Double> y = v -> Math.round((TOP + PLOT_HEIGHT * (bottom + span - v) / span) * 10) / 10.0;
        List<Mark> marks = compared.stream().map(p -> new Mark(axis.x(p.end()), y.apply(p.difference()),
                y.apply(p.differenceLow()), y.apply(p.differenceHigh()),
                String.format(Locale.ROOT, "%s: %+.1f pts", p.end(), 100 * p.difference()))).toList();
        List<SpcChart.Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = lowEdge + i * span / 4;
            yTicks.add(new SpcChart.Tick(y.apply(v), String.format(Locale.ROOT, "%+.0f", 100 * v)));
        }
        List<SpcChart.Tick> xTicks = axis.ticks(points.stream().map(MonitorPoint::end).toList()).stream()
                .map(t -> new SpcChart.Tick(t.x(), t.label())).toList();
        return new GapChart(SpcChart.WIDTH, TOP + PLOT_HEIGHT + 30, y.apply(0.0), TOP + PLOT_HEIGHT, marks, xTicks,
                yTicks);
    }
}
