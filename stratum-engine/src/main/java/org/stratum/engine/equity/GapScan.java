package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.gaps.GapFinder;
import org.stratum.core.equity.gaps.Stratification;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The gap finder over the warehouse: for one period, builds every measure's counts by REAL
 * dimension within each slice (see {@link GapCounts}) from the stored measure results joined to each
 * patient's dimensions ({@link PatientDimensions}), then ranks the gaps with the core
 * {@link GapFinder}. Measures must have been computed for the period first ({@code stratum measures run}).
 */
public final class GapScan {
    private final Warehouse warehouse;

    public GapScan(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public GapScanResult scan(List<MeasureDefinition> measures, MeasurementPeriod period, GapCriteria criteria) {
        long started = System.nanoTime();
        Counts counts = count(measures, period);
        return new GapScanResult(period, new GapFinder(criteria).find(counts.stratifications()), counts.scanned(),
                counts.notComputed(), counts.patients(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The counts a scan ranks gaps from, for the measures computed for the period. */
    record Counts(List<Stratification> stratifications, List<MeasureDefinition> scanned,
            List<MeasureDefinition> notComputed, int patients) {
    }

    Counts count(List<MeasureDefinition> measures, MeasurementPeriod period) {
        try (Connection connection = warehouse.connect()) {
            Set<String> computed = computed(connection, period);
            List<MeasureDefinition> scanned = measures.stream().filter(m -> computed.contains(m.id())).toList();
            List<MeasureDefinition> notComputed = measures.stream().filter(m -> !computed.contains(m.id())).toList();
            if (scanned.isEmpty()) {
                return new Counts(List.of(), scanned, notComputed, 0);
            }
            PatientValues codes = PatientDimensions.create(connection, period);
            ValueLabels labels = ValueLabels.read(connection);
            List<Stratification> stratifications = new ArrayList<>();
            for (MeasureDefinition measure : scanned) {
                stratifications.addAll(GapCounts.read(connection, measure, period, codes, labels));
            }
            return new Counts(stratifications, scanned, notComputed, count(connection, "SELECT count(*) FROM gap_patient"));
        } catch (SQLException e) {
            throw new IllegalStateException("The gap scan failed in the warehouse: " + e.getMessage(), e);
        }
    }

    /** The most recent period any measure was computed for (latest end, then the longest), if any. */
    public Optional<MeasurementPeriod> latestComputedPeriod() {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT period_start, period_end FROM measure_run WHERE outcome = 'computed'
                     ORDER BY period_end DESC, period_start LIMIT 1""")) {
            return rows.next() ? Optional.of(new MeasurementPeriod(rows.getDate(1).toLocalDate(),
                    rows.getDate(2).toLocalDate())) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the measure runs: " + e.getMessage(), e);
        }
    }

    private static Set<String> computed(Connection connection, MeasurementPeriod period) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT measure_id FROM measure_run
                WHERE period_start = ? AND period_end = ? AND outcome = 'computed'""")) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
