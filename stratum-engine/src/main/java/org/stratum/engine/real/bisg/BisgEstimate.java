package org.stratum.engine.real.bisg;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.bisg.BisgGroup;
import org.stratum.engine.equity.ViewCache;
import org.stratum.engine.equity.WarehouseState;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A measure's rates by BISG group, two ways side by side: among patients who reported their own race
 * and ethnicity only, and over everyone eligible with the self-reported group where there is one and
 * the BISG probabilities as fractional weights where there is not (self-report always wins). The
 * weighted view is a population estimate; nothing here is per patient.
 */
public final class BisgEstimate {
    /** The measure's eligible results in the period: denominator, not excluded, no exception. */
    private static final String ELIGIBLE = """

            WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ?
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception""";
    private final Warehouse warehouse;

    public BisgEstimate(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** One group's counts: whole patients for self-report, summed probabilities for the weighted view. */
    public record GroupCounts(BisgGroup group, long selfReportedEligible, long selfReportedMet,
                              double weightedEligible, double weightedMet) {
    }

    /**
     * One measure group's estimate.
     *
     * @param eligible     patients in the denominator after exclusions and exceptions
     * @param met          of those, patients meeting the measure
     * @param imputed      of the eligible, patients without self-report counted through their BISG probabilities
     * @param imputedMet   of those, patients meeting the measure
     * @param notImputable of the eligible, patients with neither self-report nor an imputation: in no group
     */
    public record Estimate(String groupId, long eligible, long met, long imputed, long imputedMet, long notImputable,
                           List<GroupCounts> groups) {

        /** A measure group with nobody eligible in the period. */
        public static Estimate nobody(String groupId) {
            return new Accumulator(groupId).estimate();
        }
    }

    /** Whether any patient has a BISG imputation: without one there is nothing to estimate. */
    public boolean hasImputations() {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM patient_race_imputed)")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the BISG imputations: " + e.getMessage(), e);
        }
    }

    /** One estimate per measure group with results in the period; empty when the measure was not run for it. */
    public List<Estimate> estimate(String measureId, MeasurementPeriod period) {
        // Kept per warehouse state: imports, BISG runs, measure runs and kiosk answers all change it.
        return ViewCache.of(warehouse).get(WarehouseState.of(warehouse, period), new Asked(measureId, period),
                () -> List.copyOf(count(measureId, period)));
    }

    /** The estimate of one measure group: nobody's when the group has no results in the period. */
    public Estimate estimate(String measureId, MeasurementPeriod period, String groupId) {
        return estimate(measureId, period).stream().filter(e -> e.groupId().equals(groupId)).findFirst()
                .orElse(Estimate.nobody(groupId));
    }

    /** What an estimate is kept under, besides the warehouse state. */
    private record Asked(String measureId, MeasurementPeriod period) {
    }

    private List<Estimate> count(String measureId, MeasurementPeriod period) {
        try (Connection connection = warehouse.connect()) {
            try (PreparedStatement patients = connection.prepareStatement(
                    "CREATE OR REPLACE TEMP TABLE bisg_estimate_patients AS SELECT DISTINCT r.patient_id"
                            + " FROM measure_result r" + ELIGIBLE)) {
                bind(patients, measureId, period);
                patients.execute();
            }
            Map<String, BisgGroup> selfReported = SelfReportedGroups.read(connection, "bisg_estimate_patients");
            Map<String, Accumulator> byGroupId = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT r.group_id, r.patient_id, r.numerator,
                           i.p_hispanic, i.p_white, i.p_black, i.p_api, i.p_aian, i.p_multiracial
                    FROM measure_result r LEFT JOIN patient_race_imputed i USING (patient_id)""" + ELIGIBLE
                    + " ORDER BY r.group_id")) {
                bind(query, measureId, period);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        byGroupId.computeIfAbsent(rows.getString(1), Accumulator::new)
                                .add(rows, selfReported.get(rows.getString(2)));
                    }
                }
            }
            return byGroupId.values().stream().map(Accumulator::estimate).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Estimating " + measureId + " by BISG failed in the warehouse: "
                    + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, String measureId, MeasurementPeriod period)
            throws SQLException {
        statement.setString(1, measureId);
        statement.setDate(2, Date.valueOf(period.start()));
        statement.setDate(3, Date.valueOf(period.end()));
    }

    private static final class Accumulator {
        private final String groupId;
        private final Map<BisgGroup, double[]> counts = new EnumMap<>(BisgGroup.class);
        private long eligible;
        private long met;
        private long imputed;
        private long imputedMet;
        private long notImputable;

        Accumulator(String groupId) {
            this.groupId = groupId;
            for (BisgGroup group : BisgGroup.values()) {
                counts.put(group, new double[4]);
            }
        }

        /** counts[group] = {self-reported eligible, self-reported met, weighted eligible, weighted met}. */
        void add(ResultSet row, BisgGroup ownGroup) throws SQLException {
            eligible++;
            boolean meets = row.getBoolean(3);
            double metWeight = meets ? 1 : 0;
            met += meets ? 1 : 0;
            if (ownGroup != null) {
                double[] own = counts.get(ownGroup);
                own[0]++;
                own[1] += metWeight;
                own[2]++;
                own[3] += metWeight;
                return;
            }
            row.getDouble(4);
            if (row.wasNull()) {
                notImputable++;
                return;
            }
            imputed++;
            imputedMet += meets ? 1 : 0;
            int column = 4;
            for (BisgGroup group : BisgGroup.values()) {
                double probability = row.getDouble(column++);
                counts.get(group)[2] += probability;
                counts.get(group)[3] += probability * metWeight;
            }
        }

        Estimate estimate() {
            List<GroupCounts> groups = new ArrayList<>();
            counts.forEach((group, c) -> groups.add(new GroupCounts(group, (long) c[0], (long) c[1], c[2], c[3])));
            return new Estimate(groupId, eligible, met, imputed, imputedMet, notImputable, groups);
        }
    }
}
