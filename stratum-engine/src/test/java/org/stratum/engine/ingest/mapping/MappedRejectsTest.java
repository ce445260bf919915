package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;

/** Every source row loads or is reported back with its file, line, field and reason. */
class MappedRejectsTest {
    private static final String MAPPING = """
            stratum-mapping: 1
            value-maps:
              race:
                kind: race-ethnicity
                values: { White: 2106-3, Black: 2054-5, Declined: declined }
              visit-type:
                kind: code
                system: snomed
                values: { OV: 185463005 }
            files:
              - file: patients.csv
                tables:
                  - table: patient
                    columns: { patient_id: MRN, birth_date: { column: DOB, format: MM/dd/yyyy }, given_name: NAME }
                  - table: patient_race_ethnicity
                    columns: { patient_id: MRN, question: { value: race }, code: { column: RACE, map: race } }
              - file: visits.csv
                tables:
                  - table: encounter
                    columns:
                      encounter_id: ID
                      patient_id: MRN
                      status: { value: finished }
                      code: { column: TYPE, map: visit-type }
              - file: diagnoses.csv
                tables:
                  - table: condition
                    columns: { condition_id: ID, patient_id: MRN, code: { column: DX, system: icd-10-cm } }
            """;

    @TempDir
    Path temp;
    private MappingFixture fixture;

    @BeforeEach
    void open() {
        fixture = new MappingFixture(temp).mapping(MAPPING)
                .file("patients.csv", "MRN,DOB,NAME,RACE",
                        "p1,01/02/1980,Ana,White",
                        "p2,02/30/1981,Bea,Black",               // no 30 February
                        "",                                      // a blank line
                        "p3,03/03/1982,\"Carla\nMaria\",Asian",  // a name over two lines; Asian is not in the map
                        ",04/04/1983,Dee,White",                 // no id
                        "p1,05/05/1984,Eve,Declined")            // p1 again
                .file("visits.csv", "ID,MRN,TYPE", "v1,p1,OV", "v2,p9,OV", "v3,p1,TELE", "v1,p1,OV")
                .file("diagnoses.csv", "ID,MRN,DX", "d1,p1,E119", "d2,p1,N/A", "d1,p1,I10");  // d1 has two codings
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static List<String> described(List<Reject> rejects) {
        return rejects.stream().map(r -> r.file().getFileName() + ":" + r.line() + " " + r.resourceId() + " " + r.field()
                + ": " + r.reason()).toList();
    }

    @Test
    void nothingIsStoredAndEveryProblemIsNamed() {
        assertThatThrownBy(fixture::run).isInstanceOf(ImportRejected.class).satisfies(e -> assertThat(
                described(((ImportRejected) e).rejects())).containsExactly(
                "patients.csv:3 patient/p2 DOB: \"02/30/1981\" does not match the date format MM/dd/yyyy (patient.birth_date)",
                "patients.csv:5 patient_race_ethnicity/p3 RACE: unmapped value \"Asian\": not in value map race"
                        + " (for patient_race_ethnicity.code)",
                "patients.csv:7 null MRN: empty, but patient.patient_id needs a value",
                "patients.csv:7 null MRN: empty, but patient_race_ethnicity.patient_id needs a value",
                "patients.csv:8 patient/p1 MRN: duplicate patient_id \"p1\": line 2 has it too",
                "visits.csv:3 encounter/v2 MRN: no patient \"p9\" in this import or the warehouse (encounter.patient_id)",
                "visits.csv:4 encounter/v3 TYPE: unmapped value \"TELE\": not in value map visit-type (for encounter.code)",
                "visits.csv:5 encounter/v1 ID: duplicate encounter_id \"v1\": line 2 has it too (with the same code)",
                "diagnoses.csv:3 condition/d2 DX: \"N/A\" is not a valid icd-10-cm code (condition.code)"));
        assertThat(fixture.rows("SELECT count(*) FROM patient")).containsExactly("0");
    }

    @Test
    void aPartialImportLoadsTheRowsWithoutProblemsAndNoPartOfARejectedRow() {
        ImportOutcome outcome = fixture.run(true, false);

        assertThat(outcome.rejects()).hasSize(9);
        assertThat(outcome.entry().rowsRejected()).isEqualTo(9);
        assertThat(fixture.rows("SELECT patient_id, given_name FROM patient ORDER BY 1")).containsExactly("p1|Ana");
        assertThat(fixture.rows("SELECT patient_id, code FROM patient_race_ethnicity ORDER BY 1")).containsExactly("p1|2106-3");
        assertThat(fixture.rows("SELECT encounter_id FROM encounter")).containsExactly("v1");
        assertThat(fixture.rows("SELECT condition_id, code FROM condition ORDER BY code")).containsExactly("d1|E11.9", "d1|I10");
        assertThat(outcome.entry().rowsLoaded()).containsEntry("patient", 1L).containsEntry("encounter", 1L);
    }

    @Test
    void aColumnTheHeaderLacksIsAMappingErrorNamingItsLine() {
        fixture.file("visits.csv", "VISIT_ID,MRN,TYPE", "v1,p1,OV");

        assertThatThrownBy(fixture::run).isInstanceOf(MappingInvalid.class)
                .hasMessageContaining("mapping.yaml line 21: column 'ID' is not in visits.csv's header")
                .hasMessageContaining("its columns: VISIT_ID, MRN, TYPE");
    }

    @Test
    void aRowWithTooManyFieldsStopsTheImportNamingItsLine() {
        fixture.file("visits.csv", "ID,MRN,TYPE", "v1,p1,OV", "v2,p1,OV,extra");

        assertThatThrownBy(fixture::run).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("visits.csv line 3")
                .hasMessageContaining("cannot be read as the mapping describes it");
    }

    @Test
    void aFileTheMappingNamesMustBeInTheExtract() {
        fixture.mapping(MAPPING + "  - file: labs.csv\n    tables:\n      - table: patient\n        columns: { patient_id: MRN }\n");

        assertThatThrownBy(fixture::run).isInstanceOf(MappingInvalid.class)
                .hasMessageContaining("line 29: the extract has no file matching 'labs.csv'")
                .hasMessageContaining("optional: true");
    }
}
