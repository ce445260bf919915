package org.stratum.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The same population written as FHIR and as CSV loads into the same warehouse rows: the two paths
 * into Stratum, and the two writers out of the generator, check each other.
 */
class FhirAndCsvAgreeTest {
    @TempDir
    Path temp;

    /** Queries whose answers must not depend on which format the population came in. */
    private static final List<String> SAME_ANSWER = List.of(
            "SELECT patient_id, family_name, given_name, birth_date, death_date, sex, birth_sex, gender_identity,"
                    + " preferred_language, interpreter_needed, zip FROM patient ORDER BY 1",
            "SELECT encounter_id, patient_id, status, class_code, system, code, start_time, end_time, site_id, clinician_id"
                    + " FROM encounter ORDER BY 1",
            "SELECT condition_id, patient_id, category, clinical_status, system, code, onset_time FROM condition ORDER BY 1",
            "SELECT observation_id, patient_id, panel_id, status, category, system, code, value_num, value_unit,"
                    + " value_system, value_code, effective_start FROM observation ORDER BY 1",
            "SELECT procedure_id, patient_id, status, system, code, performed_start, performed_end FROM procedure ORDER BY 1",
            "SELECT immunization_id, patient_id, status, system, code, occurrence_time FROM immunization ORDER BY 1",
            "SELECT medication_id, patient_id, kind, status, system, code, authored_time, start_time, days_supply, refills"
                    + " FROM medication ORDER BY 1",
            "SELECT request_id, patient_id, kind, status, system, code, authored_time FROM care_request ORDER BY 1",
            "SELECT coverage_id, patient_id, payer_type, code, start_date, end_date FROM coverage ORDER BY 1",
            "SELECT site_id, name, zip FROM care_site ORDER BY 1",
            "SELECT clinician_id, name, site_id FROM clinician ORDER BY 1",
            "SELECT patient_id, site_id, clinician_id FROM attribution ORDER BY 1",
            "SELECT patient_id, item, answer_value, answered_on, language FROM survey_response ORDER BY 1, 2, 4");

    @Test
    void aPopulationLoadsTheSameFromFhirAsFromCsv() throws SQLException {
        Importer importer = Importer.withBuiltInFormats();
        for (OutputFormat format : OutputFormat.values()) {
            new PopulationGenerator(new GeneratorSettings(300, 17, temp.resolve(format.cliName()), format,
                    GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
        }
        try (Warehouse fromCsv = Warehouse.open(DataDirectory.at(temp.resolve("csv-data")), importer, n -> { });
             Warehouse fromFhir = Warehouse.open(DataDirectory.at(temp.resolve("fhir-data")), importer, n -> { })) {
            importer.run(fromCsv, new ImportRequest("s", StratumCsvFormat.NAME, List.of(temp.resolve("csv")), true, "t"));
            ImportOutcome fhir = importer.run(fromFhir, new ImportRequest("s", FhirFormat.NAME,
                    List.of(temp.resolve("fhir")), true, "t"));

            assertThat(fhir.rejects()).isEmpty();
            for (String query : SAME_ANSWER) {
                assertThat(rows(fromFhir, query)).as(query).isNotEmpty().isEqualTo(rows(fromCsv, query));
            }
            String latestAnswers = """
                    SELECT patient_id, response, code, reporting_source FROM patient_race_ethnicity r
                    WHERE recorded_on = (SELECT max(recorded_on) FROM patient_race_ethnicity x WHERE x.patient_id = r.patient_id)
                      AND (response <> 'answered' OR omb_category IS NOT NULL)
                    ORDER BY 1, 3""";
            assertThat(rows(fromFhir, latestAnswers)).as("latest REAL answers").hasSizeGreaterThan(300);
        }
    }

    private static List<String> rows(Warehouse warehouse, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
