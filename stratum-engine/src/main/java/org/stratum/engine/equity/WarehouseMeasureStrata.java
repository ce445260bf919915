package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;

/**
 * {@link MeasureStrata} over the stored measure results, joined to each patient's dimensions as the gap
 * scan builds them ({@link PatientDimensions}): the same strata, the same race and ethnicity tabulation.
 */
public final class WarehouseMeasureStrata implements MeasureStrata {
    private final Warehouse warehouse;

    public WarehouseMeasureStrata(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public Map<Key, List<GroupCount>> countAll(List<MeasureDefinition> measures, MeasurementPeriod period,
            List<StratifyingDimension> dimensions) {
        Map<Key, List<GroupCount>> counts = new LinkedHashMap<>();
        if (measures.isEmpty() || dimensions.isEmpty()) {
            return counts;
        }
        try (Connection connection = warehouse.connect()) {
            PatientValues codes = PatientDimensions.create(connection, period);
            ValueLabels labels = ValueLabels.read(connection);
            for (MeasureDefinition measure : measures) {
                for (StratifyingDimension dimension : dimensions) {
                    count(connection, measure, period, dimension, codes, labels, counts);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Stratifying the measures of " + period + " failed in the warehouse: "
                    + e.getMessage(), e);
        }
        counts.values().forEach(strata -> strata.sort(Comparator.comparing(GroupCount::group)));
        return counts;
    }

    private static void count(Connection connection, MeasureDefinition measure, MeasurementPeriod period,
            StratifyingDimension dimension, PatientValues codes, ValueLabels labels, Map<Key, List<GroupCount>> counts)
            throws SQLException {
        ScanColumn column = dimension.column();
        // The column's expression comes from the enum, never from what a user typed; values are bound.
        String sql = "SELECT r.group_id, " + column.source() + " AS value, count(*) AS eligible,"
                + " count(*) FILTER (WHERE r.numerator) AS met"
                + " FROM measure_result r JOIN gap_patient p USING (patient_id)"
                + " WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ?"
                + " AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception"
                + " GROUP BY ALL";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, measure.id());
            query.setDate(2, Date.valueOf(period.start()));
            query.setDate(3, Date.valueOf(period.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String value = column.patient() ? codes.value(column, rows.getInt(2)) : rows.getString(2);
                    counts.computeIfAbsent(new Key(measure.id(), rows.getString(1), dimension), k -> new ArrayList<>())
                            .add(new GroupCount(labels.group(column, value), rows.getLong(4), rows.getLong(3)));
                }
            }
        }
    }
}
