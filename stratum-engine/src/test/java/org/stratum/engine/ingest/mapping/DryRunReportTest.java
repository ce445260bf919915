package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.ingest.UnmappedValue;

/** A dry run lists every value the mapping does not translate, with its count and first lines, and stores nothing. */
class DryRunReportTest {
    private static final String MAPPING = """
            stratum-mapping: 1
            value-maps:
              race:
                kind: race-ethnicity
                values: { White: 2106-3, Asian - Chinese: 2034-7 %s}
              language:
                kind: language
                values: { English: en %s}
            %s
            files:
              - file: patients.csv
                tables:
                  - table: patient
                    columns:
                      patient_id: MRN
                      preferred_language: { column: LANGUAGE, map: language }
                      sex: %s
                  - table: patient_race_ethnicity
                    columns: { patient_id: MRN, question: { value: race }, code: { column: RACE, split: "|", map: race } }
            """;

    @TempDir
    Path temp;
    private MappingFixture fixture;

    @BeforeEach
    void open() {
        fixture = new MappingFixture(temp).file("patients.csv", "MRN,RACE,LANGUAGE,SEX",
                "p1,White,English,female",
                "p2,Asian Indian,Spanish,F",
                "p3,White|Asian Indian,English,male",
                "p4,Hmong,Hmong,M",
                "p5,Asian Indian,spanish,female",
                "p6,Asian Indian,Spanish,F");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void listsEachUnmappedValueWithItsCountAndFirstLines() {
        fixture.mapping(MAPPING.formatted("", "", "", "SEX"));

        ImportOutcome outcome = fixture.run(false, true);

        assertThat(outcome.unmapped()).extracting(UnmappedValue::column, UnmappedValue::valueMap, UnmappedValue::value,
                UnmappedValue::count, UnmappedValue::exampleLines).containsExactly(
                tuple("LANGUAGE", "value map language", "Spanish", 2L, List.of(3L, 7L)),
                tuple("LANGUAGE", "value map language", "Hmong", 1L, List.of(5L)),
                tuple("LANGUAGE", "value map language", "spanish", 1L, List.of(6L)),
                tuple("SEX", "the allowed values of patient.sex", "F", 2L, List.of(3L, 7L)),
                tuple("SEX", "the allowed values of patient.sex", "M", 1L, List.of(5L)),
                tuple("RACE", "value map race", "Asian Indian", 4L, List.of(3L, 4L, 6L)),
                tuple("RACE", "value map race", "Hmong", 1L, List.of(5L)));
        assertThat(outcome.unmapped().get(0).describe())
                .isEqualTo("patients.csv column LANGUAGE (value map language): \"Spanish\" × 2, lines 3, 7");
        assertThat(outcome.rejects()).hasSize(12)
                .allSatisfy(r -> assertThat(r.reason()).startsWith(MappedCsvFormat.UNMAPPED_PREFIX));
        assertThat(fixture.rows("SELECT count(*) FROM patient")).containsExactly("0");
        assertThat(fixture.warehouse.imports()).isEmpty();
    }

    @Test
    void aFinishedMappingHasNothingToReport() {
        fixture.mapping(MAPPING.formatted(", Asian Indian: 2029-7, Hmong: 2037-0 ", ", Spanish: es, Hmong: hmn ",
                "  sex:\n    kind: values\n    values: { F: female, M: male }", "{ column: SEX, map: sex }"));

        ImportOutcome outcome = fixture.run(false, true);

        assertThat(outcome.unmapped()).isEmpty();
        assertThat(outcome.rejects()).isEmpty();
        assertThat(outcome.entry().rowsLoaded()).containsEntry("patient", 6L).containsEntry("patient_race_ethnicity", 7L);
        assertThat(fixture.rows("SELECT count(*) FROM patient")).containsExactly("0");
    }
}
