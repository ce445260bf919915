package org.stratum.app.web.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.app.equity.StrataView;
import org.stratum.app.equity.StratumRow;
import org.stratum.app.equity.Figures;
import org.stratum.engine.equity.Stratum;

/**
 * A two-dimensional view as a heat map: one row per value of the first dimension, one column per value
 * of the second, each cell its rate as text on a shade of one colour-blind-safe sequential palette
 * (ColorBrewer Blues, darker = higher rate). The map is an HTML table, so the figures are the chart;
 * a hidden cell (suppression) or a combination nobody has is said in words, never a colour alone.
 */
public record HeatMap(List<String> rows, List<String> columns, List<List<Cell>> cells) {
    /** Five bins of 20 points; the darker two carry white text (contrast at least 4.5:1 with both). */
    static final List<String> SHADES = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08519c");

    /**
     * @param text  the rate, "—" when hidden, empty when nobody has the combination
     * @param shade background colour, null when hidden or empty
     */
    public record Cell(String text, String shade, boolean light, boolean hidden, boolean unstable) {
    }

    /** The legend: each shade with the range of rates it stands for. */
    public record Shade(String colour, String range) {
    }

    public List<Shade> legend() {
        List<Shade> legend = new ArrayList<>();
        for (int bin = 0; bin < SHADES.size(); bin++) {
            legend.add(new Shade(SHADES.get(bin), (bin * 20) + "–" + (bin * 20 + 20) + "%"));
        }
        return legend;
    }

    static HeatMap of(StrataView view) {
        Map<String, String> rowLabels = new LinkedHashMap<>();
        Map<String, String> columnLabels = new LinkedHashMap<>();
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        for (int s = 0; s < view.strata().size(); s++) {
            Stratum stratum = view.strata().get(s);
            String[] labels = stratum.label().split(" · ", 2);
            rowLabels.putIfAbsent(stratum.key().get(0), labels[0]);
            columnLabels.putIfAbsent(stratum.key().get(1), labels[1]);
            index.put(stratum.key(), s);
        }
        Map<String, String> columnsInOrder = new LinkedHashMap<>();
        columnLabels.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(c -> columnsInOrder.put(c.getKey(), c.getValue()));
        Figures figures = new Figures();
        List<List<Cell>> cells = new ArrayList<>();
        for (String row : rowLabels.keySet()) {
            List<Cell> line = new ArrayList<>();
            for (String column : columnsInOrder.keySet()) {
                Integer s = index.get(List.of(row, column));
                if (s == null) {
                    line.add(new Cell("", null, true, false, false));
                    continue;
                }
                StratumRow shown = view.row(s);
                if (!shown.hasRate()) {
                    line.add(new Cell(figures.percent(null), null, true, true, false));
                    continue;
                }
                int bin = Math.min(SHADES.size() - 1, (int) Math.floor(shown.rate() * SHADES.size()));
                line.add(new Cell(figures.percent(shown.rate()), SHADES.get(bin), bin < 3, false, shown.unstable()));
            }
            cells.add(line);
        }
        return new HeatMap(List.copyOf(rowLabels.values()), List.copyOf(columnsInOrder.values()), cells);
    }
}
