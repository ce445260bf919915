package org.stratum.app.web.measures;

import java.util.ArrayList;
import java.util.List;
import org.stratum.app.equity.StratumRow;
import org.stratum.app.equity.StratumTable;

/**
 * Where the marks of the rates-by-stratum chart go, in SVG user units: one line per shown stratum with
 * its rate as a dot and its 95% interval as a whisker, on a 0–100% axis, and the reference as a dashed
 * line. Hidden strata are listed without marks, so an empty row never looks like a rate of 0.
 */
public record RateChart(int width, int height, int plotLeft, int plotWidth, List<Mark> marks, List<Tick> ticks,
        Double referenceX) {
    static final int ROW = 28;
    private static final int LEFT = 240;
    private static final int PLOT = 420;
    private static final int TOP = 10;
    private static final int AXIS = 30;

    /** One stratum: its label's baseline, and the dot and whisker when its rate is shown. */
    public record Mark(String label, int y, Double x, Double low, Double high, boolean unstable) {
        public boolean shown() {
            return x != null;
        }
    }

    public record Tick(double x, String label) {
    }

    static RateChart of(StratumTable table) {
        List<Mark> marks = new ArrayList<>();
        int y = TOP + ROW / 2;
        for (StratumRow row : table.rows()) {
            if (row.total()) {
                continue;
            }
            marks.add(row.hasRate() ? new Mark(row.stratum(), y, x(row.rate()), x(row.rateLow()), x(row.rateHigh()),
                    row.unstable()) : new Mark(row.stratum(), y, null, null, null, false));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 20) {
            ticks.add(new Tick(x(percent / 100.0), percent + "%"));
        }
        return new RateChart(LEFT + PLOT + 20, y - ROW / 2 + AXIS, LEFT, PLOT, marks, ticks,
                table.referenceValue() == null ? null : x(table.referenceValue()));
    }

    /** The bottom of the plot, where the axis is drawn. */
    public int axisY() {
        return height - AXIS + 6;
    }

    private static double x(double rate) {
        return LEFT + Math.round(rate * PLOT * 10) / 10.0;
    }
}
