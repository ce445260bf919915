package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.stratum.core.equity.decomposition.StratumCount;
import org.stratum.core.equity.gaps.GroupTally;
import org.stratum.core.equity.gaps.ScannedMeasure;
import org.stratum.core.equity.gaps.Slice;
import org.stratum.core.equity.gaps.Stratification;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * Counts one measure's eligible patients and those meeting it, in one query over
 * {@code measure_result ⋈ gap_patient}, for every stratification a scan needs: each dimension within
 * each slice (no filter, or one value of a filter). One grouping set per (filter, dimension) with
 * every composition factor added, so that a group's breakdown by each factor, and its totals, are
 * sums over the others; the sets for no filter, a site and a payer are the same set.
 */
final class GapCounts {
    private static final List<ScanColumn> COLUMNS = ScanColumn.SCANNED;
    /** Each grouping set, by its GROUPING_ID, with the (filter, dimension) pairs it serves. */
    private static final Map<Long, List<Use>> USES = uses();
    private static final String SQL = sql();

    private GapCounts() {
    }

    /** One (slice filter, dimension) pair a grouping set serves; the filter is null for everyone. */
    private record Use(ScanColumn filter, ScanColumn dimension) {
        Set<ScanColumn> columns() {
            Set<ScanColumn> columns = EnumSet.copyOf(ScanColumn.FACTORS);
            columns.add(dimension);
            if (filter != null) {
                columns.add(filter);
            }
            return columns;
        }
    }

    /** One stratification before labelling: the measure group, the slice and the dimension. */
    private record Key(String groupId, ScanColumn filter, String filterValue, ScanColumn dimension) {
    }

    /** A group's counts in one cell of the composition factors (one site and payer). */
    private record Cell(List<String> factors, long met, long eligible) {
    }

    static List<Stratification> read(Connection connection, MeasureDefinition measure, MeasurementPeriod period,
            PatientValues codes, ValueLabels labels) throws SQLException {
        Map<Key, Map<String, List<Cell>>> counts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setString(1, measure.id());
            query.setDate(2, Date.valueOf(period.start()));
            query.setDate(3, Date.valueOf(period.end()));
            try (ResultSet rows = query.executeQuery()) {
                String[] values = new String[COLUMNS.size()];
                while (rows.next()) {
                    List<Use> uses = USES.get(rows.getLong(1));
                    String groupId = rows.getString(2);
                    for (ScanColumn column : uses.get(0).columns()) {
                        int position = COLUMNS.indexOf(column);
                        values[position] = column.patient() ? codes.value(column, rows.getInt(3 + position))
                                : rows.getString(3 + position);
                    }
                    List<String> factors = ScanColumn.FACTORS.stream().map(f -> values[COLUMNS.indexOf(f)]).toList();
                    Cell cell = new Cell(factors, rows.getLong(4 + COLUMNS.size()), rows.getLong(3 + COLUMNS.size()));
                    for (Use use : uses) {
                        Key key = new Key(groupId, use.filter(),
                                use.filter() == null ? null : values[COLUMNS.indexOf(use.filter())], use.dimension());
                        counts.computeIfAbsent(key, k -> new TreeMap<>())
                                .computeIfAbsent(values[COLUMNS.indexOf(use.dimension())], v -> new ArrayList<>()).add(cell);
                    }
                }
            }
        }
        List<Stratification> stratifications = new ArrayList<>();
        counts.forEach((key, groups) -> stratifications.add(new Stratification(scanned(measure, key.groupId()),
                key.filter() == null ? Slice.everyone() : labels.slice(key.filter(), key.filterValue()),
                key.dimension().title(), groups.entrySet().stream()
                        .map(g -> tally(labels.group(key.dimension(), g.getKey()), g.getValue())).toList())));
        return stratifications;
    }

    /** A group's totals and its breakdown by each factor, summed over the other factors. */
    private static GroupTally tally(String label, List<Cell> cells) {
        Map<String, List<StratumCount>> breakdowns = new LinkedHashMap<>();
        for (int f = 0; f < ScanColumn.FACTORS.size(); f++) {
            Map<String, long[]> sums = new TreeMap<>();
            for (Cell cell : cells) {
                long[] sum = sums.computeIfAbsent(cell.factors().get(f), s -> new long[2]);
                sum[0] += cell.met();
                sum[1] += cell.eligible();
            }
            breakdowns.put(ScanColumn.FACTORS.get(f).title(), sums.entrySet().stream()
                    .map(s -> new StratumCount(s.getKey(), s.getValue()[0], s.getValue()[1])).toList());
        }
        return new GroupTally(label, cells.stream().mapToLong(Cell::met).sum(),
                cells.stream().mapToLong(Cell::eligible).sum(), breakdowns);
    }

    /** The measure, or one of its groups when it has several, as a report names it. */
    private static ScannedMeasure scanned(MeasureDefinition measure, String groupId) {
        if (measure.groups().size() == 1) {
            return new ScannedMeasure(measure.id(), measure.displayName(), measure.direction());
        }
        String title = measure.group(groupId).map(MeasureGroup::title).orElse(groupId);
        return new ScannedMeasure(measure.id() + "/" + groupId, measure.displayName() + ": " + title, measure.direction());
    }

    /** DuckDB's GROUPING_ID over all columns: bit (n − 1 − i) is set when column i is not grouped. */
    private static long groupingId(Set<ScanColumn> columns) {
        long id = 0;
        for (ScanColumn column : COLUMNS) {
            if (!columns.contains(column)) {
                id |= 1L << (COLUMNS.size() - 1 - COLUMNS.indexOf(column));
            }
        }
        return id;
    }

    private static Map<Long, List<Use>> uses() {
        List<ScanColumn> filters = new ArrayList<>();
        filters.add(null);
        filters.addAll(ScanColumn.FILTERS);
        Map<Long, List<Use>> uses = new LinkedHashMap<>();
        for (ScanColumn filter : filters) {
            for (ScanColumn dimension : ScanColumn.DIMENSIONS) {
                if (filter != dimension) { // languages compared among patients of one language: nobody to compare
                    Use use = new Use(filter, dimension);
                    uses.computeIfAbsent(groupingId(use.columns()), id -> new ArrayList<>()).add(use);
                }
            }
        }
        return uses;
    }

    private static String sql() {
        String columns = COLUMNS.stream().map(ScanColumn::column).collect(Collectors.joining(", "));
        String sets = USES.values().stream()
                .map(uses -> "(group_id, " + uses.get(0).columns().stream().map(ScanColumn::column)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(",\n    "));
        // Counted first by every column at once: far fewer rows than patients for the grouping sets to read.
        return "WITH cell AS (\n  SELECT r.group_id, "
                + COLUMNS.stream().map(c -> c.source() + " AS " + c.column()).collect(Collectors.joining(", "))
                + ",\n    count(*) AS eligible, count(*) FILTER (WHERE r.numerator) AS met\n"
                + "  FROM measure_result r JOIN gap_patient p USING (patient_id)\n"
                + "  WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ?\n"
                // Rate = numerator / (denominator − exclusions − exceptions): the eligible are those left.
                + "    AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception\n"
                + "  GROUP BY ALL)\n"
                + "SELECT GROUPING_ID(" + columns + ") AS grouping_id, group_id, " + columns
                + ", sum(eligible) AS eligible, sum(met) AS met\nFROM cell\n"
                + "GROUP BY GROUPING SETS (\n    " + sets + ")";
    }
}
