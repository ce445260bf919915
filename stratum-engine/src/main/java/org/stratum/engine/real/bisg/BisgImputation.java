package org.stratum.engine.real.bisg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stratum.core.real.bisg.Bisg;
import org.stratum.core.real.bisg.BisgGroup;
import org.stratum.core.real.bisg.Imputation;
import org.stratum.engine.warehouse.RecordedLoad;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Computes BISG probabilities for every patient without a self-reported race or ethnicity and stores
 * them in {@code patient_race_imputed}, replacing the previous run in one transaction. Patients who
 * reported their own are left out: self-report always wins. Nothing is written to
 * {@code patient_race_ethnicity}. Each run is recorded in the import ledger ({@link RecordedLoad}), so a
 * rebuilt warehouse has the imputations again.
 */
public final class BisgImputation {
    /** The source and format name of a BISG run in the import ledger. */
    public static final String LOAD_NAME = "bisg";
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
     * Imputes with tables already read from the two files, recorded in the import ledger with the
     * files' SHA-256 so that a rebuilt warehouse imputes again from them at the same place among the imports.
     *
     * @param imputedBy who runs it, as the ledger records it
     */
    public Summary run(Bisg bisg, Path surnames, Path geography, String imputedBy) {
        Run run = new Run(bisg);
        warehouse.record(run, List.of(surnames.toAbsolutePath().normalize(), geography.toAbsolutePath().normalize()),
                imputedBy);
        return run.summary;
    }

    /** The recorded load for replaying the ledger: it reads the recorded surname and area files again. */
    public static RecordedLoad replay() {
        return new Run(null);
    }

    /** One run over the files [surname list, area table], with the tables given or read from them. */
    private static final class Run implements RecordedLoad {
        private final Bisg given;
        private Summary summary;

        Run(Bisg given) {
            this.given = given;
        }

        @Override
        public String name() {
            return LOAD_NAME;
        }

        @Override
        public Map<String, Long> load(Connection transaction, List<Path> files, Instant at) throws SQLException {
            Bisg bisg = given != null ? given
                    : new Bisg(CensusSurnameFile.read(files.get(0)), CensusAreaFile.read(files.get(1)));
            summary = BisgImputation.run(transaction, bisg, files.get(0).getFileName().toString(),
                    files.get(1).getFileName().toString(), Timestamp.from(at));
            return Map.of("patient_race_imputed", summary.imputed());
        }
    }

    private static Summary run(Connection connection, Bisg bisg, String surnameTable, String areaTable,
                               Timestamp imputedAt) throws SQLException {
        Map<String, BisgGroup> selfReported = SelfReportedGroups.read(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM patient_race_imputed");
        }
        Map<Imputation.Basis, Long> imputedBy = new EnumMap<>(Imputation.Basis.class);
        long patients = 0;
        long notImputable = 0;
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
                insert.setTimestamp(11, imputedAt);
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
