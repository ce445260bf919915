package org.stratum.engine.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SchemaBaseValidator;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.real.RealFhirExtensions;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.fhir.FhirFormat;
import org.stratum.engine.measure.SyntheticWarehouse;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * REAL data out as US Core Patients and back in: a synthetic population (imported from CSV, so every
 * asking is there) is exported, every Patient is checked by HAPI, and the FHIR import into a fresh
 * warehouse gives back the same race and ethnicity rows.
 */
class RealDataRoundTripTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String ROWS = """
            SELECT patient_id, question, response, system, code, display, omb_category, detailed, write_in,
                   reporting_source, recorded_on, collected_via
            FROM patient_race_ethnicity""";

    @TempDir
    static Path temp;
    private static Warehouse original;
    private static Warehouse reimported;
    private static Path exported;
    private static long patients;

    @BeforeAll
    static void exportAndImport() {
        original = SyntheticWarehouse.withPatients(temp.resolve("original"), 1200, 31);
        exported = temp.resolve("export");
        patients = new FhirPatientExport(original).writeTo(exported);
        Importer importer = Importer.withBuiltInFormats();
        reimported = Warehouse.open(DataDirectory.at(temp.resolve("fresh")), importer, n -> { });
        importer.run(reimported, new ImportRequest("round-trip", FhirFormat.NAME, List.of(exported), true, "test"));
    }

    @AfterAll
    static void close() {
        original.close();
        reimported.close();
    }

    private static List<String> rows(Warehouse warehouse, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM (" + sql + ") t ORDER BY ALL")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long count(String where) throws SQLException {
        try (Connection c = original.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM patient_race_ethnicity WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theRaceAndEthnicityRowsComeBackIdentical() throws SQLException {
        List<String> before = rows(original, ROWS);

        assertThat(rows(reimported, ROWS)).hasSize(before.size()).isEqualTo(before);
    }

    @Test
    void theCasesThatAreEasyToLoseAreInTheData() throws SQLException {
        assertThat(count("reporting_source = 'self-reported'")).isPositive();
        assertThat(count("reporting_source = 'staff-observed'")).isPositive();
        assertThat(count("reporting_source IS NULL")).isPositive();
        assertThat(count("response = 'declined'")).isPositive();
        assertThat(count("response = 'asked-no-answer'")).isPositive();
        assertThat(count("response = 'unknown'")).isPositive();
        assertThat(count("omb_category = 'MENA' AND NOT detailed")).isPositive();
        assertThat(count("write_in IS NOT NULL")).isPositive();
        assertThat(count("""
                question = 'combined' AND patient_id IN (SELECT patient_id FROM patient_race_ethnicity
                    WHERE question = 'combined' GROUP BY patient_id, recorded_on HAVING count(*) > 1)""")).isPositive();
        assertThat(count("""
                question = 'combined' AND omb_category = 'HISPANIC' AND (patient_id, recorded_on) NOT IN
                    (SELECT (patient_id, recorded_on) FROM patient_race_ethnicity
                     WHERE question = 'combined' AND omb_category <> 'HISPANIC')""")).isPositive();
    }

    @Test
    void namesBirthDatesAndZipsComeBackToo() throws SQLException {
        String patient = "SELECT patient_id, family_name, given_name, birth_date, death_date, sex, zip FROM patient";

        assertThat(rows(reimported, patient)).hasSize((int) patients).isEqualTo(rows(original, patient));
    }

    @Test
    void everyExportedPatientIsValidFhirWithUsCoreRaceAndEthnicityInThe1997Shape() throws IOException {
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new SchemaBaseValidator(FHIR));
        List<String> lines = Files.readAllLines(exported.resolve(FhirPatientExport.FILE_NAME));
        assertThat(lines).hasSize((int) patients);
        int menaShownAsWhite = 0;
        for (String line : lines) {
            Patient patient = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(Patient.class, line);
            ValidationResult result = validator.validateWithResult(patient);
            assertThat(result.getMessages()).as(line).isEmpty();
            for (Extension ethnicity : patient.getExtensionsByUrl(RealFhirExtensions.US_CORE_ETHNICITY)) {
                for (Extension part : ethnicity.getExtensionsByUrl("ombCategory")) {
                    assertThat(((Coding) part.getValue()).getCode()).isIn("2135-2", "2186-5", "ASKU", "UNK");
                }
            }
            for (Extension race : patient.getExtensionsByUrl(RealFhirExtensions.US_CORE_RACE)) {
                assertThat(race.getExtensionByUrl("text")).isNotNull();
                for (Extension part : race.getExtensionsByUrl("ombCategory")) {
                    Coding coding = (Coding) part.getValue();
                    assertThat(coding.getCode()).isIn("1002-5", "2028-9", "2054-5", "2076-8", "2106-3", "ASKU", "UNK");
                    if (coding.getExtensionByUrl(RealFhirExtensions.DERIVED) != null && coding.getCode().equals("2106-3")) {
                        menaShownAsWhite++;
                    }
                }
            }
        }
        assertThat(menaShownAsWhite).isPositive();
    }

    @Test
    void imputedProbabilitiesAreNeverExported() throws IOException {
        assertThat(Files.readString(exported.resolve(FhirPatientExport.FILE_NAME))).doesNotContain("imputed")
                .doesNotContain("BISG");
    }
}
