package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.terminology.CodeSystems;

/** A mapping is checked when it loads, and every mistake names the mapping's line. */
class MappingReaderTest {
    private static final String HEAD = """
            stratum-mapping: 1
            files:
              - file: patients.csv
                tables:
                  - table: patient
                    columns:
                      patient_id: MRN
            """;

    @TempDir
    Path temp;
    private MappingFixture fixture;

    @BeforeEach
    void open() {
        fixture = new MappingFixture(temp);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CsvMapping read(String yaml) {
        fixture.mapping(yaml);
        return CsvMapping.read(fixture.mapping);
    }

    private void assertInvalid(String yaml, int line, String... words) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(MappingInvalid.class)
                .hasMessageContaining("mapping.yaml line " + line + ":")
                .hasMessageContaining(words[0])
                .satisfies(e -> {
                    for (String word : words) {
                        assertThat(e.getMessage()).contains(word);
                    }
                    assertThat(((MappingInvalid) e).line()).isEqualTo(line);
                });
    }

    @Test
    void readsAMinimalMapping() {
        CsvMapping mapping = read(HEAD);

        assertThat(mapping.files()).singleElement().satisfies(f -> {
            assertThat(f.pattern()).isEqualTo("patients.csv");
            assertThat(f.dialect()).isEqualTo(CsvDialect.DEFAULT);
            assertThat(f.tables()).singleElement().satisfies(t -> assertThat(t.columns()).singleElement()
                    .satisfies(c -> assertThat(c.source()).isEqualTo(new SourceColumn("MRN", 7))));
        });
    }

    @Test
    void rejectsAnUnknownTable() {
        assertInvalid(HEAD.replace("table: patient", "table: patients"), 5, "unknown table 'patients'", "encounter");
    }

    @Test
    void rejectsAnUnknownColumnListingTheTablesColumns() {
        assertInvalid(HEAD + "          dob: DOB\n", 8, "table patient has no column 'dob'", "birth_date");
    }

    @Test
    void rejectsATableWithoutItsRequiredColumns() {
        assertInvalid(HEAD.replace("table: patient\n", "table: encounter\n").replace("patient_id: MRN", "encounter_id: ID"),
                5, "table encounter needs a value for patient_id");
    }

    @Test
    void rejectsABadDatePattern() {
        assertInvalid(HEAD + "          birth_date: { column: DOB, format: MM/dd/yyyy QQ }\n", 8,
                "bad date format \"MM/dd/yyyy QQ\"", "'QQ' is not understood");
        assertInvalid(HEAD + "          birth_date: { column: DOB, format: MM/yyyy }\n", 8, "it has no day");
        assertInvalid(HEAD + "          zip: { column: ZIP, format: MM/dd/yyyy }\n", 8, "format is for date and time columns");
    }

    @Test
    void rejectsACodeMapForAnUnknownCodeSystem() {
        assertInvalid(HEAD + """
                value-maps:
                  visit-type:
                    kind: code
                    system: snomedct
                    values: { OV: 185463005 }
                """, 11, "unknown code system 'snomedct'", "snomed, loinc, icd-10-cm");
    }

    @Test
    void rejectsAnUnknownValueMapAndKind() {
        assertInvalid(HEAD + "          sex: { column: SEX, map: sexes }\n", 8, "unknown value map 'sexes'");
        assertInvalid(HEAD + "value-maps:\n  sex:\n    kind: genders\n    values: { F: female }\n", 10,
                "unknown value map kind 'genders'", "race-ethnicity");
    }

    @Test
    void rejectsAValueMapTargetThatIsNotAStandardCode() {
        assertInvalid(HEAD + """
                value-maps:
                  race:
                    kind: race-ethnicity
                    values:
                      White: 2106-3
                      Chinese: 2034-77
                """, 13, "\"2034-77\" is not a CDC race or ethnicity code");
        assertInvalid(HEAD + "value-maps:\n  language:\n    kind: language\n    values: { Spanish: spa }\n", 11,
                "BCP-47 writes this language es");
        assertInvalid(HEAD + "value-maps:\n  language:\n    kind: language\n    values:\n      Klingon: tlh-XX-1\n", 12,
                "not a BCP-47 language tag");
        assertInvalid(HEAD + "value-maps:\n  dx:\n    kind: code\n    system: icd-10-cm\n    values: { HTN: 1I0 }\n", 12,
                "\"1I0\" is not a valid icd-10-cm code");
        assertInvalid(HEAD + "value-maps:\n  payer:\n    kind: payer\n    values: { MEDI-CAL: medicaid }\n", 11,
                "unknown payer type 'medicaid'");
    }

    @Test
    void rejectsAValuesMapThatTranslatesOutsideTheColumnsValues() {
        assertInvalid(HEAD + """
                          sex: { column: SEX, map: sex }
                value-maps:
                  sex:
                    kind: values
                    values:
                      F: female
                      X: nonbinary
                """, 14, "maps \"X\" to \"nonbinary\"", "female, male, other, unknown");
    }

    @Test
    void rejectsTwoLocalValuesThatDifferOnlyInCase() {
        assertInvalid(HEAD + "value-maps:\n  sex:\n    kind: values\n    values:\n      F: female\n      f: female\n", 13,
                "same local value as \"F\" on line 12");
    }

    @Test
    void rejectsAMapUsedForAColumnItCannotFill() {
        assertInvalid(HEAD + """
                          sex: { column: SEX, map: race }
                value-maps:
                  race:
                    kind: race-ethnicity
                    values: { White: 2106-3 }
                """, 8, "is a race-ethnicity map, which cannot fill patient.sex");
    }

    @Test
    void rejectsUnknownKeysAndBadYaml() {
        assertInvalid(HEAD + "          birth_date: { column: DOB, fromat: MM/dd/yyyy }\n", 8, "unknown key 'fromat'");
        assertInvalid(HEAD + "colour: blue\n", 8, "unknown key 'colour'");
        assertInvalid(HEAD + "          given_name: [unclosed\n", 8, "not valid YAML");
        assertInvalid(HEAD.replace("stratum-mapping: 1", "stratum-mapping: 2"), 1, "mapping files of version 1");
    }

    @Test
    void readsValuesThatYamlWouldTakeForNumbersOrBooleansAsText() {
        CsvMapping mapping = read(HEAD + """
                          interpreter_needed: { column: INTERP, map: yes-no }
                value-maps:
                  yes-no:
                    kind: values
                    values: { Y: yes, N: no, 0: unknown }
                  visit:
                    kind: code
                    system: cvx
                    values: { FLU: 08 }
                """);

        assertThat(mapping.valueMaps().get("yes-no").lookUp(" y ")).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("yes"));
        assertThat(mapping.valueMaps().get("yes-no").lookUp("0")).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo("unknown"));
        assertThat(mapping.valueMaps().get("visit").lookUp("flu")).hasValueSatisfying(v -> {
            assertThat(v.code()).isEqualTo("08");
            assertThat(v.system()).isEqualTo(CodeSystems.CVX);
        });
    }

    @Test
    void aFileWithoutAHeaderNamesItsColumns() {
        assertInvalid(HEAD.replace("  - file: patients.csv\n", "  - file: patients.csv\n    header: false\n"), 3,
                "needs column-names");
        assertInvalid(HEAD.replace("file: patients.csv", "file: extract/patients.csv"), 3, "not a path");
    }
}
