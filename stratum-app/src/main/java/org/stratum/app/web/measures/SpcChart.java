package org.stratum.app.web.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartTarget;

/**
 * Where the marks of one stratum's control chart go, in SVG user units: the points, each phase's
 * centre line and 3σ limits (stepped, as the limits of a p′ chart move with the denominator), change
 * annotations as vertical lines, the stratum's target as a horizontal one, on a percentage axis fitted to
 * the data and the target. Special-cause points differ from the rest by shape as well as colour.
 *
 * @param target where the target line goes, or null without a target
 */
public record SpcChart(int width, int height, int plotLeft, int plotTop, int axisY, List<Mark> marks,
        List<String> centreLines, List<String> limitLines, List<Note> notes, Line target, List<Tick> xTicks,
        List<Tick> yTicks) {
    static final int WIDTH = 720; // room for the last date label, centred on the plot's right edge
    static final int LEFT = 56;
    static final int PLOT = 600;
    static final int TOP = 28;
    static final int PLOT_HEIGHT = 160;

    /** A point: where, and its variation in the class name (common, improvement, concern). */
    public record Mark(double x, double y, String kind, String label) {
    }

    /** A change annotation: its line's x, its label, the page telling its story, whether it starts a phase. */
    public record Note(double x, String label, String link, boolean newPhase) {
    }

    public record Tick(double at, String label) {
    }

    /** A horizontal line across the plot at y, with its label. */
    public record Line(double y, String label) {
    }

    /** The plot's right edge, where the grid lines end. */
    public int plotRight() {
        return LEFT + PLOT;
    }

    static SpcChart of(List<MonitorPoint> points, List<ChartAnnotation> annotations, ChartTarget target,
            TimeAxis axis) {
        List<Double> values = new ArrayList<>();
        if (target != null) {
            values.add(target.rate());
        }
        points.forEach(p -> {
            addIfPresent(values, p.rate());
            addIfPresent(values, p.lower());
            addIfPresent(values, p.upper());
        });
        double low = Math.max(0, Math.floor(values.stream().mapToDouble(v -> v).min().orElse(0) * 20 - 1) / 20);
        double high = Math.min(1, Math.ceil(values.stream().mapToDouble(v -> v).max().orElse(1) * 20 + 1) / 20);
        Function<Double, Double> y = v -> Math.round((TOP + PLOT_HEIGHT * (high - v) / (high - low)) * 10) / 10.0;

        List<Mark> marks = new ArrayList<>();
        for (MonitorPoint p : points) {
            if (p.rate() != null) {
                marks.add(new Mark(axis.x(p.end()), y.apply(p.rate()), kind(p), String.format(Locale.ROOT, "%s: %.1f%%",
                        p.end(), 100 * p.rate())));
            }
        }
        List<String> centres = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        int phases = points.stream().mapToInt(MonitorPoint::phase).max().orElse(0) + 1;
        for (int phase = 0; phase < phases; phase++) {
            int number = phase;
            List<MonitorPoint> in = points.stream().filter(p -> p.phase() == number && p.centre() != null).toList();
            centres.add(line(in, MonitorPoint::centre, axis, y));
            limits.add(line(in, MonitorPoint::lower, axis, y));
            limits.add(line(in, MonitorPoint::upper, axis, y));
        }
        List<Note> notes = annotations.stream().filter(a -> axis.covers(a.date()))
                .map(a -> new Note(axis.x(a.date()), a.label(), a.link(), a.startsNewPhase())).toList();
        List<Tick> xTicks = axis.ticks(points.stream().map(MonitorPoint::end).toList()).stream()
                .map(t -> new Tick(t.x(), t.label())).toList();
        List<Tick> yTicks = new ArrayList<>();
        double step = high - low <= 0.3 ? 0.05 : high - low <= 0.6 ? 0.1 : 0.2;
        for (int i = 0; low + i * step <= high + 1e-9; i++) {
            double v = low + i * step;
            yTicks.add(new Tick(y.apply(v), String.format(Locale.ROOT, "%.0f%%", 100 * v)));
        }
        int axisY = TOP + PLOT_HEIGHT;
        Line targetLine = target == null ? null : new Line(y.apply(target.rate()),
                String.format(Locale.ROOT, "Target %.1f%%", 100 * target.rate()));
        return new SpcChart(WIDTH, axisY + 30, LEFT, TOP, axisY, marks,
                centres.stream().filter(s -> !s.isEmpty()).toList(), limits.stream().filter(s -> !s.isEmpty()).toList(),
                notes, targetLine, xTicks, yTicks);
    }

    private static String kind(MonitorPoint point) {
        return switch (point.variation()) {
            case COMMON_CAUSE -> "common";
            case SPECIAL_CAUSE_IMPROVEMENT -> "improvement";
            case SPECIAL_CAUSE_CONCERN -> "concern";
        };
    }

    /** A stepped polyline: each point's value held from halfway to its neighbours. */
    private static String line(List<MonitorPoint> points, Function<MonitorPoint, Double> value, TimeAxis axis,
            Function<Double, Double> y) {
        List<String> corners = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Double v = value.apply(points.get(i));
            if (v == null) {
                continue;
            }
            double x = axis.x(points.get(i).end());
            double from = i == 0 ? x : (x + axis.x(points.get(i - 1).end())) / 2;
            double to = i == points.size() - 1 ? x : (x + axis.x(points.get(i + 1).end())) / 2;
            double at = y.apply(Math.max(0, Math.min(1, v)));
            corners.add(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f", from, at, to, at));
        }
        return corners.size() < 1 ? "" : corners.stream().collect(Collectors.joining(" "));
    }

    private static void addIfPresent(List<Double> values, Double value) {
        if (value != null) {
            values.add(value);
        }
    }
}
