package org.stratum.app.web.measures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.stratum.app.OpenWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A warehouse with CMS165 results for a few cohorts of patients, written straight into its tables so
 * that the BISG estimate can be worked out on paper. In 2025: 40 self-reported Hispanic patients (25
 * meet the measure), 30 self-reported White (12 meet), 30 without a self-report imputed 0.6 Hispanic
 * and 0.4 White (15 meet) and 24 with neither (12 meet): the weighted Hispanic group is 40 + 18 = 58
 * patients, 25 + 9 = 34 meeting it (58.6%); the weighted White group 30 + 12 = 42, 12 + 6 = 18 (42.9%).
 * 2024 adds 5 self-reported Black patients (3 meet), a group too small to show; 2023 has the Hispanic,
 * White and imputed cohorts only (100 eligible).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OpenWarehouse.class)
class HandBuiltBisgWarehouse {
    static final String MEASURE = "controlling-high-blood-pressure";

    /** A marker bean: creating it fills the warehouse before the first request. */
    record Filled() {
    }

    @Bean
    Filled handBuiltCohorts(Warehouse warehouse) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            for (int year : new int[] {2023, 2024, 2025}) {
                cohort(s, year, "h", 40, 25, "'2135-2', 'Hispanic or Latino', 'HISPANIC'", null);
                cohort(s, year, "w", 30, 12, "'2106-3', 'White', 'WHITE'", null);
                cohort(s, year, "i", 30, 15, null, "0.6, 0.4, 0, 0, 0, 0");
                if (year != 2023) {
                    cohort(s, year, "n", 24, 12, null, null);
                }
                s.execute("INSERT INTO measure_run VALUES ('" + MEASURE + "', DATE '" + year + "-01-01', DATE '" + year
                        + "-12-31', now(), 'ok', 'demo', 'computed', NULL, 0)");
            }
            cohort(s, 2024, "b", 5, 3, "'2054-5', 'Black or African American', 'BLACK'", null);
        }
        return new Filled();
    }

    /**
     * {@code size} patients named prefix-0 … (created once) with a result in the year, the first
     * {@code met} meeting the measure, with a self-reported answer or BISG probabilities or neither.
     */
    private static void cohort(Statement s, int year, String prefix, int size, int met, String answer,
                               String probabilities) throws SQLException {
        String patients = " FROM range(" + size + ") t(i)";
        String id = "'" + prefix + "-' || i";
        String absent = " WHERE " + id + " NOT IN (SELECT patient_id FROM patient)";
        if (answer != null) {
            s.execute("INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code, display,"
                    + " omb_category, detailed, reporting_source, recorded_on) SELECT " + id + ", 'test', 'combined',"
                    + " 'answered', 'urn:oid:2.16.840.1.113883.6.238', " + answer + ", false, 'self-reported',"
                    + " DATE '2023-01-01'" + patients + absent);
        }
        if (probabilities != null) {
            s.execute("INSERT INTO patient_race_imputed SELECT " + id + ", 'BISG', 'surname_and_area', " + probabilities
                    + ", 'surnames.csv', 'zcta.csv', TIMESTAMP '2025-06-01 00:00:00'" + patients + absent);
        }
        s.execute("INSERT INTO patient (patient_id, source, family_name, zip) SELECT " + id + ", 'test', 'Doe', '94601'"
                + patients + absent);
        s.execute("INSERT INTO measure_result SELECT '" + MEASURE + "', '1', DATE '" + year + "-01-01', DATE '" + year
                + "-12-31', " + id + ", true, false, i < " + met + ", false, NULL, NULL, NULL" + patients);
    }
}
