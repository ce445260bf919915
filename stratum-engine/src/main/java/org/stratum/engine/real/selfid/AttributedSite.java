package org.stratum.engine.real.selfid;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The care site a patient belongs to today, for deciding who may issue them a form code: the
 * latest-starting attribution still open on the day, else the latest-starting one ever.
 */
public final class AttributedSite {

    /** A patient the warehouse knows, with their site when they have one. */
    public record Patient(String patientId, Optional<String> siteId) {
    }

    private AttributedSite() {
    }

    /** The patient, or empty when the warehouse has no such patient. */
    public static Optional<Patient> of(Warehouse warehouse, String patientId, LocalDate today) {
        try (Connection c = warehouse.connect(); PreparedStatement query = c.prepareStatement("""
                SELECT p.patient_id,
                       (SELECT arg_max(a.site_id, (coalesce(a.end_date, DATE '9999-12-31') >= ?,
                                                   coalesce(a.start_date, DATE '0001-01-01')))
                        FROM attribution a WHERE a.patient_id = p.patient_id AND a.site_id IS NOT NULL)
                FROM patient p WHERE p.patient_id = ? LIMIT 1""")) {
            query.setDate(1, Date.valueOf(today));
            query.setString(2, patientId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Patient(rows.getString(1), Optional.ofNullable(rows.getString(2))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look the patient up in the warehouse: " + e.getMessage(), e);
        }
    }
}
