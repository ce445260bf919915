package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.stratum.app.api.MeasureOverviewJson.StrataPeriod;
import org.stratum.app.web.quality.CensusTableView;
import org.stratum.app.web.quality.CompletenessTable;
import org.stratum.app.web.quality.DataQuality;
import org.stratum.engine.real.CompletenessIndicator;

/**
 * The Data quality page's numbers: REAL completeness by the chosen grouping and by month, and the
 * census comparison when a census table is loaded (null otherwise). Suppressed for every role exactly
 * as the page is: a hidden count, share or interval is null, never 0. Shares are proportions.
 */
public record DataQualityJson(StrataPeriod period, String by, double target, List<Row> groups, List<Row> months,
        Census census) {

    public record Row(String group, Long patients, String flag, List<Share> indicators) {
    }

    public record Share(String indicator, Long count, Double share, @JsonProperty("ci_low") Double ciLow,
            @JsonProperty("ci_high") Double ciHigh) {
    }

    public record Census(@JsonProperty("adults_only") boolean adultsOnly, List<CensusGroup> groups) {
    }

    public record CensusGroup(String group, Long patients, Long compared, @JsonProperty("not_compared") Long notCompared,
            List<CensusLine> categories) {
    }

    public record CensusLine(String category, Long patients, Double share, @JsonProperty("ci_low") Double ciLow,
            @JsonProperty("ci_high") Double ciHigh, @JsonProperty("census_share") Double censusShare,
            @JsonProperty("outside_interval") boolean outsideInterval) {
    }

    static DataQualityJson of(DataQuality quality) {
        return new DataQualityJson(new StrataPeriod(quality.period().start().toString(), quality.period().end().toString()),
                quality.by(), quality.target(), rows(quality.groups()), rows(quality.months()),
                quality.census() == null ? null : census(quality.census()));
    }

    private static List<Row> rows(CompletenessTable table) {
        return table.rows().stream().map(row -> new Row(row.label(), row.patients(), row.flag(),
                table.indicators().stream().map(i -> share(i, row.cell(i))).toList())).toList();
    }

    private static Share share(CompletenessIndicator indicator, CompletenessTable.Cell cell) {
        return new Share(indicator.label(), cell.count(), cell.share(), cell.low(), cell.high());
    }

    private static Census census(CensusTableView census) {
        return new Census(census.adultsOnly(), census.groups().stream().map(g -> new CensusGroup(g.label(), g.population(),
                g.compared(), g.notCompared(), g.lines().stream().map(l -> new CensusLine(l.category(), l.patients(),
                        l.share(), l.low(), l.high(), l.census(), l.outsideInterval())).toList())).toList());
    }
}
