package org.stratum.app.workflow.selfid;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.stratum.app.OpenWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A real warehouse with two care sites and a patient at each ({@code p-north} at {@code north},
 * {@code p-south} at {@code south}), plus {@code p-nowhere} with no attributed site. The EHR recorded
 * staff-observed race and English for each.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OpenWarehouse.class)
class KioskWarehouse {

    /** Marks the warehouse as filled; the care sites reach the workflow store at startup. */
    record Filled() {
    }

    @Bean
    Filled kioskPatients(Warehouse warehouse) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM patient_race_ethnicity; DELETE FROM patient; DELETE FROM attribution;"
                    + " DELETE FROM care_site; DELETE FROM observation");
            s.execute("INSERT INTO care_site (site_id, source, name) VALUES ('north', 'clinic-ehr', 'North Clinic'),"
                    + " ('south', 'clinic-ehr', 'South Clinic')");
            for (String patient : new String[] {"p-north", "p-south", "p-nowhere"}) {
                s.execute("INSERT INTO patient (patient_id, source, preferred_language, language_response,"
                        + " language_reporting_source) VALUES ('" + patient + "', 'clinic-ehr', 'en', 'answered',"
                        + " 'staff-observed')");
                s.execute("INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code,"
                        + " display, omb_category, detailed, reporting_source, recorded_on, collected_via) VALUES ('"
                        + patient + "', 'clinic-ehr', 'race', 'answered', 'urn:oid:2.16.840.1.113883.6.238', '2106-3',"
                        + " 'White', 'WHITE', false, 'staff-observed', DATE '2025-01-10', 'staff-observation')");
            }
            s.execute("INSERT INTO attribution (patient_id, source, site_id, start_date) VALUES"
                    + " ('p-north', 'clinic-ehr', 'south', DATE '2020-01-01'),"
                    + " ('p-north', 'clinic-ehr', 'north', DATE '2024-01-01'),"
                    + " ('p-south', 'clinic-ehr', 'south', DATE '2023-01-01')");
        }
        return new Filled();
    }
}
