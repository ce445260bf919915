package org.stratum.app.web.quality;

import java.util.List;
import org.stratum.engine.real.CompletenessIndicator;
import org.stratum.engine.real.PublishedCompleteness;

/**
 * A published completeness report as the page and its CSV show it: a hidden count is null (shown as a
 * dash), never 0.
 */
public record CompletenessTable(List<CompletenessIndicator> indicators, List<Row> rows) {

    public record Cell(Long count, Double share, Double low, Double high) {
    }

    public record Row(String label, Long patients, List<Cell> cells, String flag, boolean all) {
        public Cell cell(CompletenessIndicator indicator) {
            return cells.get(indicator.ordinal());
        }

        public Double selfReportedShare() {
            return cell(CompletenessIndicator.SELF_REPORTED).share();
        }
    }

    static CompletenessTable of(PublishedCompleteness report) {
        List<Row> rows = report.rows().stream().map(row -> new Row(row.label(),
                row.patients().isPresent() ? row.patients().getAsLong() : null,
                List.of(CompletenessIndicator.values()).stream().map(i -> cell(row.share(i))).toList(),
                switch (row.flag()) {
                    case BELOW_TARGET -> "below target";
                    case AT_OR_ABOVE_TARGET -> "at or above target";
                    case NOT_SHOWN -> "not shown";
                }, row.all())).toList();
        return new CompletenessTable(List.of(CompletenessIndicator.values()), rows);
    }

    private static Cell cell(PublishedCompleteness.Share share) {
        return new Cell(share.count().isPresent() ? share.count().getAsLong() : null,
                share.proportion().map(p -> p.value()).orElse(null),
                share.interval().map(i -> i.lower()).orElse(null),
                share.interval().map(i -> i.upper()).orElse(null));
    }
}
