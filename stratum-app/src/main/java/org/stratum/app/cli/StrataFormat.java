package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stratum.app.equity.StrataJson;
import org.stratum.app.equity.StrataView;
import org.stratum.app.equity.StratumRow;
import org.stratum.app.equity.Figures;
import org.stratum.app.export.SpreadsheetCsv;
import org.stratum.engine.equity.StratifyingDimension;
import tools.jackson.databind.json.JsonMapper;

/** How {@code stratum stratify} writes a view: a table to read, CSV for a spreadsheet, JSON as the API serves it. */
enum StrataFormat {
    TABLE {
        @Override
        void write(StrataView view, PrintWriter out) {
            Figures figures = new Figures();
            out.printf("%s, %s, by %s%s%n", view.measure().displayName(), view.period(),
                    String.join(" × ", view.by().stream().map(StratifyingDimension::title).toList()), filters(view));
            out.println(view.suppressed() ? "Counts of 1 to 10, and counts revealing one, are hidden (—)."
                    : "NOT SUPPRESSED (--no-suppress): every count is shown. For local analysis only; do not share.");
            out.printf("Compared with %s.%s%n", view.table().referenceLabel(),
                    view.table().note() == null ? "" : " " + view.table().note());
            out.printf("%-44s %9s %9s %7s %13s %11s %6s %7s  %s%n", "Stratum", "Eligible", "Met", "Rate", "95% CI",
                    "Difference", "Ratio", "p", "Comparison");
            for (StratumRow row : view.table().rows()) {
                out.printf("%-44s %9s %9s %7s %13s %11s %6s %7s  %s%s%n", row.stratum(), figures.count(row.denominator()),
                        figures.count(row.numerator()), figures.percent(row.rate()),
                        figures.interval(row.rateLow(), row.rateHigh()), figures.points(row.difference()),
                        figures.ratio(row.ratio()), figures.pValue(row.pValue()), row.comparison(),
                        row.unstable() && row.hasRate() ? " (unstable: under 30 patients)" : "");
            }
            if (!view.summary().measures().isEmpty()) {
                out.printf("Disparity summary over %d strata with shown rates:%n", view.summary().groups());
                view.summary().measures().forEach(m -> out.printf(Locale.ROOT, "  %-24s %-13s %s%n", m.name(), m.framing(),
                        m.estimate() == null ? "none: " + m.basis() : String.format(Locale.ROOT, "%.4f", m.estimate())
                                + (m.ciLow() == null ? "" : String.format(Locale.ROOT, " (95%% CI %.4f to %.4f)", m.ciLow(), m.ciHigh()))));
            }
            if (view.summary().note() != null) {
                out.println(view.summary().note());
            }
        }
    },
    CSV {
        @Override
        void write(StrataView view, PrintWriter out) {
            SpreadsheetCsv csv = SpreadsheetCsv.toConsole(out);
            List<String> header = new ArrayList<>(view.by().stream().map(StratifyingDimension::parameter).toList());
            header.addAll(List.of("label", "denominator", "numerator", "rate", "ci_low", "ci_high", "difference",
                    "difference_ci_low", "difference_ci_high", "ratio", "ratio_ci_low", "ratio_ci_high", "p_value",
                    "meaningful", "suppressed", "unstable"));
            csv.record(header);
            for (StrataJson.Cell cell : withTotal(StrataJson.of(view))) {
                List<String> record = new ArrayList<>();
                for (int d = 0; d < view.by().size(); d++) {
                    record.add(cell.key().isEmpty() ? "" : cell.key().get(d));
                }
                record.addAll(List.of(cell.label(), text(cell.denominator()), text(cell.numerator()), text(cell.rate()),
                        text(cell.ciLow()), text(cell.ciHigh()), text(cell.difference()), text(cell.differenceCiLow()),
                        text(cell.differenceCiHigh()), text(cell.ratio()), text(cell.ratioCiLow()),
                        text(cell.ratioCiHigh()), text(cell.pValue()), text(cell.meaningful()),
                        Boolean.toString(cell.suppressed()), Boolean.toString(cell.unstable())));
                csv.record(record);
            }
            if (!view.suppressed()) {
                csv.comment("NOT SUPPRESSED (--no-suppress): every count is shown; for local analysis only");
            }
            csv.flush();
        }
    },
    JSON {
        @Override
        void write(StrataView view, PrintWriter out) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(StrataJson.of(view)));
        }
    };

    abstract void write(StrataView view, PrintWriter out);

    private static List<StrataJson.Cell> withTotal(StrataJson json) {
        List<StrataJson.Cell> cells = new ArrayList<>(json.strata());
        cells.add(json.total());
        return cells;
    }

    private static String filters(StrataView view) {
        if (view.filters().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        view.filters().forEach((d, values) -> parts.add(d.parameter() + " = " + String.join(" or ", values)));
        return ", among patients with " + String.join(" and ", parts);
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Double d ? String.format(Locale.ROOT, "%.6f", d) : value.toString();
    }
}
