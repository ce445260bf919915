package org.stratum.engine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportProgress;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.Reject;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

class FhirImportTest {
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\",\"birthDate\":\"1970-03-04\"}";
    private static final String ENCOUNTER = "{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"finished\","
            + "\"class\":{\"code\":\"AMB\"},\"type\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"185463005\"}]}],"
            + "\"subject\":{\"reference\":\"Patient/p1\"},\"period\":{\"start\":\"2025-02-03T09:00:00-08:00\"}}";

    @TempDir
    Path temp;
    private final Importer importer = Importer.withBuiltInFormats();
    private Warehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = Warehouse.open(DataDirectory.at(temp.resolve("data")), importer, n -> { });
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    private Path ndjson(String name, String... lines) throws IOException {
        return Files.writeString(temp.resolve(name), String.join("\n", lines) + "\n");
    }

    private ImportOutcome load(boolean partial, Path... paths) {
        return importer.run(warehouse, new ImportRequest("ehr", FhirFormat.NAME, List.of(paths), false, "test", partial,
                false, false));
    }

    private List<String> reasons(Path file, boolean partial) {
        return load(partial, file).rejects().stream().map(Reject::describe).toList();
    }

    @Test
    void bulkNdjsonLoadsPatientsAndTheirRecordsWithTimesInUtc() throws Exception {
        load(false, ndjson("Patient.ndjson", PATIENT), ndjson("Encounter.ndjson", ENCOUNTER));

        assertThat(query("SELECT patient_id, sex, birth_date FROM patient")).containsExactly("p1|female|1970-03-04");
        assertThat(query("SELECT encounter_id, code, strftime(start_time, '%Y-%m-%d %H:%M:%S') FROM encounter"))
                .containsExactly("e1|185463005|2025-02-03 17:00:00");
    }

    @Test
    void everyKindOfBadRecordIsRejectedWithItsLineFieldAndReason() throws Exception {
        Path file = ndjson("mixed.ndjson", PATIENT,
                "{not json",
                "[1, 2]",
                "{\"id\":\"x\"}",
                "{\"resourceType\":\"Obsrvation\",\"id\":\"o0\"}",
                "{\"resourceType\":\"Observation\"}",
                ENCOUNTER.replace("finished", "done"),
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"4548-4\"}]},\"subject\":{\"reference\":\"Patient/p1\"},"
                        + "\"effectiveDateTime\":\"2025-13-01\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                        + "\"code\":\"44054006\"}]},\"subject\":{\"reference\":\"Patient/nobody\"}}",
                "{\"resourceType\":\"Condition\",\"id\":\"c2\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\","
                        + "\"code\":\"44054006\"}]}}",
                PATIENT);

        assertThatThrownBy(() -> load(false, file)).isInstanceOf(ImportRejected.class);
        assertThat(warehouse.summary().patients()).as("all or nothing").isZero();
        List<String> reasons = reasons(file, true);

        assertThat(reasons).containsExactly(
                file + " line 2: not valid JSON",
                file + " line 3: not a JSON object (a FHIR resource)",
                file + " line 4 (x), field resourceType: no resourceType",
                file + " line 5 (Obsrvation/o0), field resourceType: 'Obsrvation' is not a FHIR R4 resource type",
                file + " line 6 (Observation/), field id: no id",
                file + " line 7 (Encounter/e1), field status: 'done' is not one of planned, arrived, triaged, in-progress,"
                        + " onleave, finished, cancelled, entered-in-error, unknown",
                file + " line 8 (Observation/o1), field effectiveDateTime: '2025-13-01' is not a valid FHIR date or dateTime",
                file + " line 9 (Condition/c1), field patient: refers to Patient/nobody, which is neither in this import"
                        + " nor in the warehouse",
                file + " line 10 (Condition/c2), field subject.reference: no reference to a Patient",
                file + " line 11 (Patient/p1), field id: duplicate id: the same resource is also at " + file + " line 1");
        assertThat(warehouse.summary().patients()).as("partial import keeps the valid patient").isEqualTo(1);
    }

    @Test
    void aDuplicateIdIsFoundWhicheverChunkHoldsItsFirstCopyAndIsRejectedForNothingElse() throws Exception {
        Path file = ndjson("patients.ndjson", PATIENT, PATIENT.replace("p1", "p2"), PATIENT.replace("p1", "p3"),
                PATIENT, PATIENT.replace("p1", "p3").replace("1970-03-04", "1970-13-04"), PATIENT.replace("p1", "p3"),
                PATIENT.replace("p1", "p4"));
        Importer inPairs = new Importer(List.of(new FhirFormat(2)));
        List<String> expected = List.of(
                file + " line 4 (Patient/p1), field id: duplicate id: the same resource is also at " + file + " line 1",
                file + " line 5 (Patient/p3), field id: duplicate id: the same resource is also at " + file + " line 3",
                file + " line 6 (Patient/p3), field id: duplicate id: the same resource is also at " + file + " line 3");

        ImportOutcome partial = inPairs.run(warehouse, new ImportRequest("ehr", FhirFormat.NAME, List.of(file), false,
                "test", true, false, false));
        assertThat(partial.rejects()).extracting(Reject::describe).isEqualTo(expected);
        assertThat(query("SELECT patient_id, birth_date FROM patient ORDER BY 1"))
                .containsExactly("p1|1970-03-04", "p2|1970-03-04", "p3|1970-03-04", "p4|1970-03-04");

        // An all-or-nothing import looks for copies across chunks only at the end, with the same result.
        try (Warehouse fresh = Warehouse.inMemory()) {
            assertThatThrownBy(() -> inPairs.run(fresh, new ImportRequest("ehr", FhirFormat.NAME, List.of(file), false,
                    "test")))
                    .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.rejects())
                            .extracting(Reject::describe).isEqualTo(expected));
            assertThat(fresh.summary().patients()).isZero();
        }
    }

    @Test
    void anImportRunsDuckDbOnOneThreadAndTheWarehouseGetsItsThreadsBackAfterwardsEvenWhenItFails() throws Exception {
        String usual = threads();
        List<String> during = new java.util.ArrayList<>();
        ImportProgress watching = (read, total, file) -> during.add(threads());

        importer.run(warehouse, new ImportRequest("ehr", FhirFormat.NAME, List.of(ndjson("p.ndjson", PATIENT)), false,
                "test"), watching);
        assertThat(during).isNotEmpty().containsOnly("1");
        assertThat(threads()).isEqualTo(usual);

        Path broken = ndjson("broken.ndjson", PATIENT.replace("p1", "p2"), "{not json");
        assertThatThrownBy(() -> importer.run(warehouse, new ImportRequest("ehr", FhirFormat.NAME, List.of(broken), false,
                "test"), watching)).isInstanceOf(ImportRejected.class);
        assertThat(threads()).isEqualTo(usual);
    }

    private String threads() {
        try {
            return query("SELECT current_setting('threads')").get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLineLongerThanTheLimitOrNotUtf8IsRejectedWithoutReadingItWhole() throws Exception {
        Path file = temp.resolve("odd.ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((PATIENT + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        }
        List<String> reasons = reasons(file, true);

        assertThat(reasons).containsExactly(file + " line 2: the line is not UTF-8 text (FHIR JSON must be UTF-8)");
        List<SourceProblem> problems = new java.util.ArrayList<>();
        new NdjsonReader(100).read(new java.io.ByteArrayInputStream(("{\"resourceType\":\"Patient\",\"id\":\""
                + "x".repeat(500) + "\"}\n" + PATIENT + "\n").getBytes(StandardCharsets.UTF_8)), new ResourceSink() {
                    @Override
                    public void resource(RawResource resource) {
                        assertThat(resource.line()).isEqualTo(2);
                    }

                    @Override
                    public void problem(SourceProblem problem) {
                        problems.add(problem);
                    }

                    @Override
                    public void notFhir() {
                        throw new AssertionError("NDJSON has no documents");
                    }
                });
        assertThat(problems).extracting(SourceProblem::line).containsExactly(1L);
    }

    @Test
    void aTransactionBundleWithUrnUuidReferencesLoadsFromAGzipFile() throws Exception {
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
                + "{\"fullUrl\":\"urn:uuid:11111111-2222-3333-4444-555555555555\",\"resource\":{\"resourceType\":\"Patient\","
                + "\"birthDate\":\"1960\"},\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}},"
                + "{\"fullUrl\":\"urn:uuid:aaaaaaaa-2222-3333-4444-555555555555\",\"resource\":{\"resourceType\":\"Encounter\","
                + "\"status\":\"finished\",\"subject\":{\"reference\":\"urn:uuid:11111111-2222-3333-4444-555555555555\"}},"
                + "\"request\":{\"method\":\"POST\",\"url\":\"Encounter\"}}]}";
        Path file = temp.resolve("bundle.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bundle.getBytes(StandardCharsets.UTF_8));
        }

        load(false, file);

        assertThat(query("SELECT patient_id, birth_date FROM patient"))
                .containsExactly("11111111-2222-3333-4444-555555555555|1960-01-01");
        assertThat(query("SELECT patient_id FROM encounter")).containsExactly("11111111-2222-3333-4444-555555555555");
    }

    @Test
    void aChangedRecordReplacesTheOldOneByItsId() throws Exception {
        load(false, ndjson("one.ndjson", PATIENT, ENCOUNTER));
        load(false, ndjson("two.ndjson", ENCOUNTER.replace("finished", "cancelled")));

        assertThat(query("SELECT encounter_id, status FROM encounter")).containsExactly("e1|cancelled");
    }

    @Test
    void aBloodPressurePanelKeepsItsComponentsAndAMedicationTakesItsCodeFromTheMedicationResource() throws Exception {
        load(false, ndjson("clinical.ndjson", PATIENT,
                "{\"resourceType\":\"Observation\",\"id\":\"bp\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"85354-9\"}]},\"subject\":{\"reference\":\"Patient/p1\"},"
                        + "\"effectiveDateTime\":\"2025-05-01\",\"component\":["
                        + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},"
                        + "\"valueQuantity\":{\"value\":132,\"unit\":\"mm[Hg]\",\"code\":\"mm[Hg]\"}},"
                        + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},"
                        + "\"valueQuantity\":{\"value\":84,\"code\":\"mm[Hg]\"}}]}",
                "{\"resourceType\":\"MedicationRequest\",\"id\":\"m1\",\"status\":\"active\",\"intent\":\"order\","
                        + "\"medicationReference\":{\"reference\":\"Medication/statin\"},\"subject\":{\"reference\":\"Patient/p1\"},"
                        + "\"authoredOn\":\"2025-03-01\"}",
                "{\"resourceType\":\"Medication\",\"id\":\"statin\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"617312\"}]}}"));

        assertThat(query("SELECT observation_id, panel_id, code, value_num FROM observation ORDER BY 1")).containsExactly(
                "bp|null|85354-9|null", "bp.1|bp|8480-6|132.0", "bp.2|bp|8462-4|84.0");
        assertThat(query("SELECT medication_id, kind, code FROM medication")).containsExactly("m1|request|617312");
    }

    @Test
    void aDryRunReportsButStoresNothing() throws Exception {
        ImportOutcome outcome = importer.run(warehouse, new ImportRequest("ehr", FhirFormat.NAME,
                List.of(ndjson("p.ndjson", PATIENT)), false, "test", false, true, false));

        assertThat(outcome.entry().rowsLoaded()).containsEntry("patient", 1L);
        assertThat(warehouse.summary().patients()).isZero();
        assertThat(warehouse.imports()).isEmpty();
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                values.add(row.toString());
            }
            return values;
        }
    }
}
