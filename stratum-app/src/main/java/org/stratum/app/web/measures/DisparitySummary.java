package org.stratum.app.web.measures;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.stratum.app.equity.Figures;

/**
 * The summary measures of disparity ({@link org.stratum.app.equity.DisparitySummary}) written out for
 * the measure page, each in its own unit.
 *
 * @param lines  none with fewer than two strata shown, where there is no disparity to summarise
 * @param strata how many strata took part
 */
public record DisparitySummary(List<Line> lines, int strata) {

    /**
     * One summary measure as shown: its key in the message bundle ({@code detail.disparity.name.*}), what
     * it reads, the estimate and interval written out, and where the standard error comes from or why
     * there is none.
     */
    public record Line(String key, String framing, String estimate, String interval, String basis) {
    }

    static DisparitySummary of(org.stratum.app.equity.DisparitySummary summary) {
        return new DisparitySummary(summary.measures().stream().map(DisparitySummary::line).toList(), summary.groups());
    }

    private static Line line(org.stratum.app.equity.DisparitySummary.Measure measure) {
        DoubleFunction<String> format = switch (measure.key()) {
            case "range-difference" -> v -> String.format(Locale.ROOT, "%.1f pts", 100 * v);
            case "between-group-variance" -> v -> String.format(Locale.ROOT, "%.2f pts²", 1e4 * v);
            case "range-ratio" -> v -> String.format(Locale.ROOT, "%.2f", v);
            case "index-of-disparity" -> v -> String.format(Locale.ROOT, "%.1f%%", v);
            default -> v -> String.format(Locale.ROOT, "%.4f", v);
        };
        if (measure.estimate() == null) {
            return new Line(measure.key(), measure.framing(), Figures.HIDDEN, Figures.HIDDEN, measure.basis());
        }
        String interval = measure.ciLow() == null ? Figures.HIDDEN
                : format.apply(measure.ciLow()) + " to " + format.apply(measure.ciHigh());
        return new Line(measure.key(), measure.framing(), format.apply(measure.estimate()), interval, measure.basis());
    }
}
