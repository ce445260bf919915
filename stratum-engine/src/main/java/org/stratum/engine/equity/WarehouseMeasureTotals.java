package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.engine.warehouse.Warehouse;

/** {@link MeasureTotals} from the warehouse's {@code measure_run} and {@code measure_result} tables. */
public final class WarehouseMeasureTotals implements MeasureTotals {
    private static final String TOTALS = """
            SELECT r.measure_id, r.group_id, count(*) AS eligible, count(*) FILTER (WHERE r.numerator) AS met,
                   count(s.patient_id) AS self_reported
            FROM measure_result r
            LEFT JOIN (SELECT DISTINCT patient_id FROM patient_race_ethnicity
                       WHERE reporting_source = ? AND response = ?) s USING (patient_id)
            WHERE r.period_start = ? AND r.period_end = ?
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception
            GROUP BY ALL ORDER BY r.measure_id, r.group_id""";

    private final Warehouse warehouse;

    public WarehouseMeasureTotals(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public List<MeasurementPeriod> computedPeriods() {
        return periods("SELECT DISTINCT period_start, period_end FROM measure_run WHERE outcome = 'computed'"
                + " ORDER BY period_end DESC, period_start", null);
    }

    @Override
    public List<MeasurementPeriod> computedPeriods(String measureId) {
        return periods("SELECT DISTINCT period_start, period_end FROM measure_run WHERE outcome = 'computed'"
                + " AND measure_id = ? ORDER BY period_end DESC, period_start", measureId);
    }

    private List<MeasurementPeriod> periods(String sql, String measureId) {
        List<MeasurementPeriod> periods = new ArrayList<>();
        try (Connection connection = warehouse.connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (measureId != null) {
                query.setString(1, measureId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    periods.add(new MeasurementPeriod(rows.getDate(1).toLocalDate(), rows.getDate(2).toLocalDate()));
                }
            }
            return periods;
        } catch (SQLException e) {
            throw failed("the measure runs", e);
        }
    }

    @Override
    public Set<String> computedMeasures(MeasurementPeriod period) {
        Set<String> ids = new LinkedHashSet<>();
        try (Connection connection = warehouse.connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT DISTINCT measure_id FROM measure_run
                     WHERE period_start = ? AND period_end = ? AND outcome = 'computed' ORDER BY measure_id""")) {
            bindPeriod(query, 1, period);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failed("the measure runs", e);
        }
    }

    /** Kept per warehouse state: each reads every self-reported answer, and pages ask for the same periods. */
    @Override
    public List<MeasureTotal> totals(MeasurementPeriod period) {
        return ViewCache.of(warehouse).get(WarehouseState.of(warehouse, period), new Totals(period),
                () -> List.copyOf(count(period)));
    }

    private record Totals(MeasurementPeriod period) {
    }

    private List<MeasureTotal> count(MeasurementPeriod period) {
        List<MeasureTotal> totals = new ArrayList<>();
        try (Connection connection = warehouse.connect();
             PreparedStatement query = connection.prepareStatement(TOTALS)) {
            // Self-report is the standard for REAL data; staff-observed and imputed answers do not count here.
            query.setString(1, ReportingSource.SELF_REPORTED.code());
            query.setString(2, ResponseStatus.ANSWERED.code());
            bindPeriod(query, 3, period);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    totals.add(new MeasureTotal(rows.getString(1), rows.getString(2), period, rows.getLong(3),
                            rows.getLong(4), rows.getLong(5)));
                }
            }
            return totals;
        } catch (SQLException e) {
            throw failed("the measure results of " + period, e);
        }
    }

    private static void bindPeriod(PreparedStatement query, int first, MeasurementPeriod period) throws SQLException {
        query.setDate(first, Date.valueOf(period.start()));
        query.setDate(first + 1, Date.valueOf(period.end()));
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Cannot read " + what + " from the warehouse: " + e.getMessage(), e);
    }
}
