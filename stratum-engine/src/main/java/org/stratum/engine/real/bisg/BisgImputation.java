package org.stratum.engine.real.bisg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.stratum.core.real.bisg.Bisg;
import org.stratum.core.real.bisg.BisgGroup;
import org.stratum.core.real.bisg.Imputation;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Computes BISG probabilities for every patient without a self-reported race or ethnicity and stores
 * them in {@code patient_race_imputed}, replacing the previous run in one transaction. Patients who
 * reported their own are left out: self-report always wins. Nothing is written to
 * {@code patient_race_ethnicity}.
 */
public final class BisgImputation {
    private final Warehouse warehouse;

    public BisgImputation(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** How one run went. */
    public record Summary(long patients, long selfReported, Map<Imputation.Basis, Long> imputedBy, long notImputable) {
        public long imputed() {
            return imputedBy.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * @param surnameTable the surname list's file name, recorded with each row
     * @param areaTable    the area table's file name, recorded with each row
     */
    public Summary run(Bisg bisg, String surnameTable, String areaTable) {
        try (Connection connection = warehouse.connect()) {
            connection.setAutoCommit(false);
            try {
                Summary summary = run(connection, bisg, surnameTable, areaTable);
                connection.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Imputing race and ethnicity failed in the warehouse: " + e.getMessage(), e);
        }
    }

    private static Summary run(Connection connection, Bisg bisg, String surnameTable, String areaTable)
            throws SQLException {
        Map<String, BisgGroup> selfReported = SelfReportedGroups.read(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM patient_race_imputed");
        }
        Map<Imputation.Basis, Long> imputedBy = new EnumMap<>(Imputation.Basis.class);
        long patients = 0;
        long notImputable = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT patient_id, min(family_name), min(zip) FROM patient
                     GROUP BY patient_id ORDER BY patient_id""");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO patient_race_imputed (patient_id, method, basis, p_hispanic, p_white, p_black,
                         p_api, p_aian, p_multiracial, surname_table, area_table, imputed_at)
                     VALUES (?, 'BISG', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            while (rows.next()) {
                patients++;
                String patient = rows.getString(1);
                if (selfReported.containsKey(patient)) {
                    continue;
                }
                Optional<Imputation> imputation = bisg.impute(rows.getString(2), zcta(rows.getString(3)));
                if (imputation.isEmpty()) {
                    notImputable++;
                    continue;
                }
                imputedBy.merge(imputation.get().basis(), 1L, Long::sum);
                insert.setString(1, patient);
                insert.setString(2, imputation.get().basis().key());
                int column = 3;
                for (BisgGroup group : BisgGroup.values()) {
                    insert.setDouble(column++, imputation.get().probabilities().of(group));
                }
                insert.setString(9, surnameTable);
                insert.setString(10, areaTable);
                insert.setTimestamp(11, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Summary(patients, selfReported.size(), imputedBy, notImputable);
    }

    /** The five-digit ZIP a patient's ZIP or ZIP+4 starts with, taken as its ZCTA. */
    static String zcta(String zip) {
        if (zip == null) {
            return null;
        }
        String digits = zip.strip();
        return digits.length() >= 5 && digits.substring(0, 5).chars().allMatch(Character::isDigit)
                ? digits.substring(0, 5) : null;
    }
}
