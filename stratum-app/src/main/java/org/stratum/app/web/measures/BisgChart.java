package org.stratum.app.web.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the marks of the BISG chart go, in SVG user units, on the rate chart's 0–100% axis: per BISG
 * group the self-reported rate as a dot and the BISG-weighted rate as an open square just below it, so
 * the two views of one group sit side by side. A hidden group is listed without marks.
 */
public record BisgChart(int width, int height, int plotLeft, List<Mark> marks, List<RateChart.Tick> ticks) {
    private static final int ROW = 34;
    private static final int LEFT = 310;
    private static final int PLOT = 420;
    private static final int TOP = 10;
    private static final int AXIS = 30;
    private static final int OFFSET = 6;

    /** One group: its label's baseline, and each rate's x when it is shown. */
    public record Mark(String label, int y, Double selfReportedX, Double weightedX) {
        public int selfReportedY() {
            return y - OFFSET;
        }

        public int weightedY() {
            return y + OFFSET;
        }

        public boolean hidden() {
            return selfReportedX == null && weightedX == null;
        }
    }

    static BisgChart of(List<BisgSection.Line> lines) {
        List<Mark> marks = new ArrayList<>();
        int y = TOP + ROW / 2;
        for (BisgSection.Line line : lines) {
            marks.add(new Mark(line.group(), y, x(line.selfReportedRate()), x(line.weightedRate())));
            y += ROW;
        }
        List<RateChart.Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 20) {
            ticks.add(new RateChart.Tick(x(percent / 100.0), percent + "%"));
        }
        return new BisgChart(LEFT + PLOT + 20, y - ROW / 2 + AXIS, LEFT, marks, ticks);
    }

    /** The bottom of the plot, where the axis is drawn. */
    public int axisY() {
        return height - AXIS + 6;
    }

    private static Double x(Double rate) {
        return rate == null ? null : LEFT + Math.round(rate * PLOT * 10) / 10.0;
    }
}
