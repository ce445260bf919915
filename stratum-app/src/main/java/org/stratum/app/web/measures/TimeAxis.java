package org.stratum.app.web.measures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal axis of the Monitor's charts: each rolling point at its period's end date, so a
 * change annotation falls between the points it lies between.
 */
record TimeAxis(LocalDate first, LocalDate last, int left, int width) {

    boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    double x(LocalDate date) {
        long span = ChronoUnit.DAYS.between(first, last);
        double share = span == 0 ? 0.5 : (double) ChronoUnit.DAYS.between(first, date) / span;
        return Math.round((left + share * width) * 10) / 10.0;
    }

    /** About six labelled dates, always the first and the last. */
    List<Tick> ticks(List<LocalDate> points) {
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, (points.size() + 5) / 6);
        for (int i = 0; i < points.size(); i += step) {
            ticks.add(new Tick(x(points.get(i)), points.get(i).toString()));
        }
        LocalDate end = points.get(points.size() - 1);
        if ((points.size() - 1) % step != 0) {
            ticks.add(new Tick(x(end), end.toString()));
        }
        return ticks;
    }

    record Tick(double x, String label) {
    }
}
