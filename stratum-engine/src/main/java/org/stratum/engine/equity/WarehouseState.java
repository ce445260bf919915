package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.selfid.SelfReportToWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * What a period's figures are computed from, as one string: every import (import_batch), the period's
 * measure runs (measure_run), the answers applied from the self-identification kiosk, and the patient
 * dimensions this version keeps. It changes with any of them and with nothing else, so whatever is
 * derived from the period's results can be kept until it changes.
 */
public final class WarehouseState {
    private static final String STATE = """
            SELECT (SELECT count(*) || '/' || coalesce(CAST(max(finished_at) AS VARCHAR), '') FROM import_batch)
                   || '|' || (SELECT count(*) || '/' || coalesce(CAST(max(computed_at) AS VARCHAR), '') FROM measure_run
                              WHERE period_start = ? AND period_end = ?)
                   || '|' || coalesce((SELECT max(value) FROM stratum_meta WHERE key = ?), '')"""
            + " || '|" + String.join(",", StrataPatients.DIMENSIONS) + "'";

    private WarehouseState() {
    }

    public static String of(Warehouse warehouse, MeasurementPeriod period) {
        try (Connection connection = warehouse.connect()) {
            return of(connection, period);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the warehouse's imports and measure runs: " + e.getMessage(), e);
        }
    }

    static String of(Connection connection, MeasurementPeriod period) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(STATE)) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end()));
            query.setString(3, SelfReportToWarehouse.FORMS_APPLIED);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
