package org.stratum.engine.equity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Stratified views over the stored measure results: one measure group and period, by up to two
 * dimensions combined, among the patients passing any filters, grouped in DuckDB over
 * {@code measure_result ⋈ strata_patient} (the per-patient dimensions kept by {@link StrataPatients}).
 * A missing value is a stratum of its own ("unknown", "unattributed", "not-screened"), never dropped.
 */
public final class StrataQuery {
    private static final String RESULTS = " FROM measure_result r JOIN strata_patient p ON p.patient_id = r.patient_id"
            + " AND p.period_start = r.period_start AND p.period_end = r.period_end"
            + " WHERE r.measure_id = ? AND r.group_id = ? AND r.period_start = ? AND r.period_end = ?"
            + " AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception";

    private final Warehouse warehouse;
    private final ViewCache counted;

    public StrataQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.counted = ViewCache.of(warehouse);
    }

    /**
     * The view's cells in label order; a cell is there when it has eligible patients.
     *
     * @throws UnknownDimensionValue when a filter names a value none of the group's patients has
     */
    public List<Stratum> count(StrataRequest request) {
        try (Connection connection = warehouse.connect()) {
            String state = StrataPatients.ensure(connection, request.period());
            Set<StratifyingDimension> filtered = Set.copyOf(request.filters().keySet());
            Map<StratifyingDimension, Set<String>> known = counted.get(state,
                    new Values(request.measureId(), request.groupId(), request.period(), filtered),
                    () -> values(connection, request, filtered));
            for (Map.Entry<StratifyingDimension, Set<String>> filter : request.filters().entrySet()) {
                filter.getValue().stream().filter(v -> !known.get(filter.getKey()).contains(v)).findFirst().ifPresent(v -> {
                    throw new UnknownDimensionValue(filter.getKey(), v);
                });
            }
            // Names are read afresh each time: a kept view holds codes and counts only.
            return labelled(counted.get(state, request, () -> cells(connection, request)), request,
                    ValueLabels.read(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Stratifying " + request.measureId() + " in " + request.period()
                    + " failed in the warehouse: " + e.getMessage(), e);
        }
    }

    /**
     * The values some dimensions take among a measure group's eligible patients in a period, as filters
     * name them, each with its label, in label order; read in one scan of the results (a page of filters).
     */
    public Map<StratifyingDimension, Map<String, String>> values(String measureId, String groupId,
            MeasurementPeriod period, List<StratifyingDimension> dimensions) {
        if (dimensions.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = warehouse.connect()) {
            String state = StrataPatients.ensure(connection, period);
            Set<StratifyingDimension> asked = Set.copyOf(dimensions);
            Map<StratifyingDimension, Set<String>> found = counted.get(state, new Values(measureId, groupId, period, asked),
                    () -> values(connection, new StrataRequest(measureId, groupId, period, List.of(dimensions.get(0)),
                            Map.of()), asked));
            ValueLabels labels = ValueLabels.read(connection);
            Map<StratifyingDimension, Map<String, String>> labelled = new LinkedHashMap<>();
            for (StratifyingDimension dimension : dimensions) {
                Map<String, String> values = new LinkedHashMap<>();
                found.get(dimension).stream()
                        .sorted(Comparator.comparing(v -> labels.group(dimension.column(), v)))
                        .forEach(v -> values.put(v, labels.group(dimension.column(), v)));
                labelled.put(dimension, Collections.unmodifiableMap(values));
            }
            return Collections.unmodifiableMap(labelled);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the values of " + dimensions.stream()
                    .map(StratifyingDimension::parameter).toList() + " failed in the warehouse: " + e.getMessage(), e);
        }
    }

    /**
     * The values each dimension takes among the group's eligible patients, all dimensions in one scan
     * of the results (a filtered view checks its filters without a pass per filter).
     */
    private static Map<StratifyingDimension, Set<String>> values(Connection connection, StrataRequest request,
            Set<StratifyingDimension> dimensions) throws SQLException {
        Map<StratifyingDimension, Set<String>> values = new LinkedHashMap<>();
        dimensions.forEach(dimension -> values.put(dimension, new TreeSet<>()));
        if (dimensions.isEmpty()) {
            return values;
        }
        List<StratifyingDimension> order = List.copyOf(values.keySet());
        // Expressions come from the enum, never from what a user typed; values are bound.
        String lists = String.join(", ", order.stream().map(d -> "list(DISTINCT " + d.column().source() + ")").toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT " + lists + RESULTS)) {
            bindView(query, request);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                for (int d = 0; d < order.size(); d++) {
                    Array list = rows.getArray(d + 1);
                    if (list != null) {
                        for (Object value : (Object[]) list.getArray()) {
                            if (value != null) {
                                values.get(order.get(d)).add(value.toString());
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    /** A view's cells as counted: each one's dimension values and counts, before they are named. */
    private static List<Cell> cells(Connection connection, StrataRequest request) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (StratifyingDimension dimension : request.by()) {
            sql.append(dimension.column().source()).append(", ");
        }
        sql.append("count(*), count(*) FILTER (WHERE r.numerator)").append(RESULTS);
        List<String> bound = new ArrayList<>();
        request.filters().forEach((dimension, values) -> {
            sql.append(" AND ").append(dimension.column().source()).append(" IN (")
                    .append(String.join(", ", values.stream().map(v -> "?").toList())).append(')');
            bound.addAll(values);
        });
        sql.append(" GROUP BY ALL");
        List<Cell> cells = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int next = bindView(query, request);
            for (String value : bound) {
                query.setString(next++, value);
            }
            try (ResultSet rows = query.executeQuery()) {
                int dimensions = request.by().size();
                while (rows.next()) {
                    List<String> key = new ArrayList<>();
                    for (int d = 0; d < dimensions; d++) {
                        key.add(rows.getString(d + 1));
                    }
                    cells.add(new Cell(List.copyOf(key), rows.getLong(dimensions + 1), rows.getLong(dimensions + 2)));
                }
            }
        }
        return List.copyOf(cells);
    }

    /** The cells named as the dashboards name them, in label order. */
    private static List<Stratum> labelled(List<Cell> cells, StrataRequest request, ValueLabels labels) {
        List<Stratum> strata = new ArrayList<>();
        for (Cell cell : cells) {
            List<String> names = new ArrayList<>();
            for (int d = 0; d < cell.key().size(); d++) {
                names.add(labels.group(request.by().get(d).column(), cell.key().get(d)));
            }
            strata.add(new Stratum(cell.key(), String.join(" · ", names), cell.eligible(), cell.met()));
        }
        strata.sort(Comparator.comparing(Stratum::label));
        return List.copyOf(strata);
    }

    private record Cell(List<String> key, long eligible, long met) {
    }

    /** The values of some dimensions among one measure group's eligible patients in a period. */
    private record Values(String measureId, String groupId, MeasurementPeriod period,
            Set<StratifyingDimension> dimensions) {
    }

    /** Binds measure, group and period; returns the next parameter's index. */
    private static int bindView(PreparedStatement query, StrataRequest request) throws SQLException {
        query.setString(1, request.measureId());
        query.setString(2, request.groupId());
        query.setDate(3, Date.valueOf(request.period().start()));
        query.setDate(4, Date.valueOf(request.period().end()));
        return 5;
    }
}
