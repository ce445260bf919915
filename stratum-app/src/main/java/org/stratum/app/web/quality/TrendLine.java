package org.stratum.app.web.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.stratum.engine.real.CompletenessIndicator;

/**
 * The self-reported race and ethnicity share month by month on a fixed 0–100% scale. Months whose
 * share is hidden have no point, and then no line is drawn across them (a line would invent them).
 */
record TrendLine(List<Point> points, String polyline, double targetY, String description) {
    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int LEFT = 40;
    static final int TOP = 10;
    static final int PLOT_HEIGHT = 160;

    record Point(String month, double x, double y, String text) {
    }

    static TrendLine of(CompletenessTable months, double target) {
        List<CompletenessTable.Row> rows = months.rows();
        double step = rows.size() > 1 ? (double) (WIDTH - LEFT - 20) / (rows.size() - 1) : 0;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Double share = rows.get(i).cell(CompletenessIndicator.SELF_REPORTED).share();
            if (share != null) {
                points.add(new Point(rows.get(i).label(), LEFT + i * step, y(share),
                        String.format(Locale.ROOT, "%s: %.1f%%", rows.get(i).label(), 100 * share)));
            }
        }
        String polyline = points.size() == rows.size() && points.size() > 1 ? points.stream()
                .map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y())).collect(Collectors.joining(" ")) : null;
        String description = rows.isEmpty() ? "No month in the period." : String.format(Locale.ROOT,
                "Share of patients seen each month with self-reported race and ethnicity, %s to %s, %d of %d months"
                        + " shown; the table below gives every number.", rows.get(0).label(),
                rows.get(rows.size() - 1).label(), points.size(), rows.size());
        return new TrendLine(points, polyline, y(target), description);
    }

    private static double y(double share) {
        return TOP + (1 - share) * PLOT_HEIGHT;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public double bottom() {
        return TOP + PLOT_HEIGHT;
    }

    public double top() {
        return TOP;
    }
}
