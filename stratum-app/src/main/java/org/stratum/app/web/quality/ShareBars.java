package org.stratum.app.web.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stratum.engine.real.CompletenessIndicator;

/**
 * A horizontal bar per group: its self-reported race and ethnicity share on a fixed 0–100% scale,
 * with its interval as a whisker and the target as a dashed line. A hidden share has no bar, and says
 * so, so that a missing bar never reads as 0%.
 */
record ShareBars(int height, double targetX, List<Bar> bars, String description) {
    static final int LABEL_WIDTH = 230;
    static final int PLOT_WIDTH = 420;
    static final int ROW = 26;

    record Bar(String label, double y, Double width, Double low, Double high, String text) {
        public double textY() {
            return y + 13;
        }
    }

    static ShareBars of(CompletenessTable table, double target) {
        List<Bar> bars = new ArrayList<>();
        double y = 4;
        for (CompletenessTable.Row row : table.rows()) {
            CompletenessTable.Cell cell = row.cell(CompletenessIndicator.SELF_REPORTED);
            String text = cell.share() == null ? "hidden" : String.format(Locale.ROOT, "%.1f%%", 100 * cell.share());
            bars.add(new Bar(row.label(), y, cell.share() == null ? null : cell.share() * PLOT_WIDTH,
                    cell.low() == null ? null : LABEL_WIDTH + cell.low() * PLOT_WIDTH,
                    cell.high() == null ? null : LABEL_WIDTH + cell.high() * PLOT_WIDTH, text));
            y += ROW;
        }
        String description = String.format(Locale.ROOT,
                "Share of patients with self-reported race and ethnicity for %d groups, target %.0f%%; the table below"
                        + " gives every number.", bars.size(), 100 * target);
        return new ShareBars((int) y + 22, LABEL_WIDTH + target * PLOT_WIDTH, bars, description);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int plotWidth() {
        return PLOT_WIDTH;
    }

    public int width() {
        return LABEL_WIDTH + PLOT_WIDTH + 70;
    }
}
