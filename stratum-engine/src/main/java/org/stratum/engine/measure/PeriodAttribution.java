package org.stratum.engine.measure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * Who is responsible for a patient in a period, as every result reports it. On a connection it
 * makes two temporary tables: {@code measurement_period (period_id, period_start, period_end)},
 * numbered from 1 in the order given, and {@code period_attribution (period_id, patient_id, site_id,
 * clinician_id, payer_type)}: the attribution and the coverage that overlap the period, the latest
 * starting one when several do.
 */
public final class PeriodAttribution {
    private PeriodAttribution() {
    }

    public static void create(Connection connection, List<MeasurementPeriod> periods) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE measurement_period "
                    + "(period_id INTEGER, period_start DATE, period_end DATE)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO measurement_period VALUES (?, ?, ?)")) {
            for (int i = 0; i < periods.size(); i++) {
                insert.setInt(1, i + 1);
                insert.setDate(2, Date.valueOf(periods.get(i).start()));
                insert.setDate(3, Date.valueOf(periods.get(i).end()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE OR REPLACE TEMP TABLE period_attribution AS
                    WITH site AS (
                        SELECT mp.period_id, a.patient_id,
                               arg_max(a.site_id, coalesce(a.start_date, DATE '0001-01-01')) AS site_id,
                               arg_max(a.clinician_id, coalesce(a.start_date, DATE '0001-01-01')) AS clinician_id
                        FROM attribution a JOIN measurement_period mp
                          ON coalesce(a.start_date, mp.period_end) <= mp.period_end
                         AND coalesce(a.end_date, mp.period_start) >= mp.period_start
                        GROUP BY mp.period_id, a.patient_id),
                    payer AS (
                        SELECT mp.period_id, c.patient_id,
                               arg_max(c.payer_type, coalesce(c.start_date, DATE '0001-01-01')) AS payer_type
                        FROM coverage c JOIN measurement_period mp
                          ON coalesce(c.start_date, mp.period_end) <= mp.period_end
                         AND coalesce(c.end_date, mp.period_start) >= mp.period_start
                        WHERE coalesce(c.status, 'active') NOT IN ('cancelled', 'entered-in-error', 'draft')
                        GROUP BY mp.period_id, c.patient_id)
                    SELECT coalesce(s.period_id, p.period_id) AS period_id, coalesce(s.patient_id, p.patient_id) AS patient_id,
                           s.site_id, s.clinician_id, p.payer_type
                    FROM site s FULL JOIN payer p ON p.period_id = s.period_id AND p.patient_id = s.patient_id""");
        }
    }
}
