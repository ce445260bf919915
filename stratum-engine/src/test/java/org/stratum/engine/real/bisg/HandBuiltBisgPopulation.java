package org.stratum.engine.real.bisg;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Inserts the patients of {@link BisgEstimateTest}'s story straight into a warehouse: cohorts of
 * patients with a self-report or a BISG imputation (or neither) and a measure result each.
 */
final class HandBuiltBisgPopulation {
    private HandBuiltBisgPopulation() {
    }

    /** The 2025 population: worked out on paper in the test's description. */
    static void insert(Statement s, String measure, String group) throws SQLException {
        cohort(s, measure, group, 2025, "h", 40, 25, "'2135-2', 'Hispanic or Latino', 'HISPANIC'", null);
        cohort(s, measure, group, 2025, "w", 30, 12, "'2106-3', 'White', 'WHITE'", null);
        cohort(s, measure, group, 2025, "i", 30, 15, null, "0.6, 0.4, 0, 0, 0, 0");
        cohort(s, measure, group, 2025, "n", 24, 12, null, null);
    }

    /** 2024: the same with 5 self-reported Black patients; 2023: imputations with 0.1 Asian or Pacific Islander. */
    static void insertSmallGroups(Statement s, String measure) throws SQLException {
        for (String cohort : new String[] {"h", "w", "i", "n"}) {
            s.execute("INSERT INTO measure_result SELECT measure_id, group_id, DATE '2024-01-01', DATE '2024-12-31',"
                    + " patient_id, denominator, denominator_exclusion, numerator, denominator_exception, site_id,"
                    + " clinician_id, payer_type FROM measure_result WHERE measure_id = '" + measure
                    + "' AND period_start = DATE '2025-01-01' AND patient_id LIKE '" + cohort + "-%'");
        }
        cohort(s, measure, "main", 2024, "b", 5, 3, "'2054-5', 'Black or African American', 'BLACK'", null);
        cohort(s, measure, "main", 2023, "h23", 40, 25, "'2135-2', 'Hispanic or Latino', 'HISPANIC'", null);
        cohort(s, measure, "main", 2023, "w23", 30, 12, "'2106-3', 'White', 'WHITE'", null);
        cohort(s, measure, "main", 2023, "i23", 30, 15, null, "0.6, 0.3, 0, 0.1, 0, 0");
    }

    /**
     * {@code size} patients named prefix-0 … with a result in the year, the first {@code met} meeting the
     * measure, with a self-reported answer (code, display, OMB category) or BISG probabilities or neither.
     */
    static void cohort(Statement s, String measure, String group, int year, String prefix, int size, int met,
                       String answer, String probabilities) throws SQLException {
        String patients = " FROM range(" + size + ") t(i)";
        String id = "'" + prefix + "-' || i";
        s.execute("INSERT INTO patient (patient_id, source, family_name, zip) SELECT " + id + ", 'test', 'Doe', '94601'"
                + patients);
        s.execute("INSERT INTO measure_result SELECT '" + measure + "', '" + group + "', DATE '" + year + "-01-01', DATE '"
                + year + "-12-31', " + id + ", true, false, i < " + met + ", false, NULL, NULL, NULL" + patients);
        if (answer != null) {
            s.execute("INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code, display,"
                    + " omb_category, detailed, reporting_source, recorded_on) SELECT " + id + ", 'test', 'combined',"
                    + " 'answered', 'urn:oid:2.16.840.1.113883.6.238', " + answer + ", false, 'self-reported',"
                    + " DATE '2025-01-01'" + patients);
        }
        if (probabilities != null) {
            s.execute("INSERT INTO patient_race_imputed SELECT " + id + ", 'BISG', 'surname_and_area', " + probabilities
                    + ", 'surnames.csv', 'zcta.csv', TIMESTAMP '2025-06-01 00:00:00'" + patients);
        }
    }
}
