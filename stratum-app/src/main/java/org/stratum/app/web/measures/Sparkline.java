package org.stratum.app.web.measures;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A trend line small enough for a table cell: the rolling twelve-month rates, oldest first, as an SVG
 * polyline on a fixed 0–100% scale (a zoomed scale would make small wiggles look like change).
 *
 * @param points   the polyline's {@code points} attribute
 * @param summary  the trend in words, for screen readers and the table behind it
 */
public record Sparkline(String points, String summary) {
    static final int WIDTH = 120;
    static final int HEIGHT = 28;

    /** The line through the rates; null for fewer than two, where there is no trend to draw. */
    static Sparkline of(List<Double> rates, String firstEnd, String lastEnd) {
        if (rates.size() < 2) {
            return null;
        }
        double step = (double) (WIDTH - 4) / (rates.size() - 1);
        String points = IntStream.range(0, rates.size())
                .mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", 2 + i * step, HEIGHT - 2 - rates.get(i) * (HEIGHT - 4)))
                .collect(Collectors.joining(" "));
        String summary = String.format(Locale.ROOT, "%d rolling twelve-month points from %s (%.1f%%) to %s (%.1f%%)",
                rates.size(), firstEnd, 100 * rates.get(0), lastEnd, 100 * rates.get(rates.size() - 1));
        return new Sparkline(points, summary);
    }
}
