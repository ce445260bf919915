package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer.ImportOutcome;

/** The shipped example mapping and its synthetic extract, imported end to end into a real warehouse. */
class ExampleExtractTest {
    /** Tests run in the module's folder; the examples are at the repository's root. */
    static final Path MAPPING = Path.of("..", "examples", "mappings", "community-health-center.yaml");
    static final Path EXTRACT = Path.of("..", "examples", "extracts", "community-health-center");

    @TempDir
    Path temp;
    private MappingFixture fixture;
    private ImportOutcome outcome;

    @BeforeEach
    void importExample() {
        fixture = new MappingFixture(temp);
        outcome = fixture.importer.run(fixture.warehouse, new ImportRequest("chc-ehr", MappedCsvFormat.NAME,
                List.of(MAPPING, EXTRACT), false, "tester"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void importsWithZeroRejectsAndNothingUnmapped() {
        assertThat(outcome.rejects()).isEmpty();
        assertThat(outcome.unmapped()).isEmpty();
        assertThat(outcome.entry().rowsLoaded()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "care_site", 2L, "patient", 8L, "patient_race_ethnicity", 18L, "attribution", 6L, "encounter", 8L,
                "condition", 5L, "observation", 20L, "coverage", 8L));
        assertThat(outcome.entry().files().get(0).path()).endsWith("community-health-center.yaml");
    }

    @Test
    void readsWindows1252NamesAndLocalLabels() {
        assertThat(fixture.rows("SELECT given_name, sex, preferred_language, interpreter_needed FROM patient"
                + " WHERE patient_id = 'TEST0001'")).containsExactly("José|male|es|yes");
        assertThat(fixture.rows("SELECT question, code, omb_category, detailed FROM patient_race_ethnicity"
                + " WHERE patient_id = 'TEST0003' ORDER BY question, code"))
                .containsExactly("ethnicity|2186-5|null|false", "race|2054-5|BLACK|false", "race|2106-3|WHITE|false");
        assertThat(fixture.rows("SELECT response FROM patient_race_ethnicity WHERE patient_id = 'TEST0007'"
                + " AND question = 'race'")).containsExactly("declined");
    }

    @Test
    void storesVisitsDiagnosesAndBloodPressureAsTheMeasuresExpect() {
        assertThat(fixture.rows("SELECT class_code, system, code, start_time FROM encounter WHERE encounter_id = 'V1004'"))
                .containsExactly("VR|http://snomed.info/sct|185317003|2025-05-12 15:45:00.0");
        assertThat(fixture.rows("SELECT code FROM condition WHERE condition_id = 'V1001-E119'")).containsExactly("E11.9");
        assertThat(fixture.rows("SELECT o.code, o.value_num, o.value_unit FROM observation o"
                + " JOIN observation p ON p.observation_id = o.panel_id AND p.code = '85354-9'"
                + " WHERE o.patient_id = 'TEST0001' AND o.encounter_id = 'V1001' ORDER BY o.code"))
                .containsExactly("8462-4|92.0|mm[Hg]", "8480-6|148.0|mm[Hg]");
        assertThat(fixture.rows("SELECT payer_type, code FROM coverage WHERE patient_id = 'TEST0001'"))
                .containsExactly("medi-cal|21");
    }
}
