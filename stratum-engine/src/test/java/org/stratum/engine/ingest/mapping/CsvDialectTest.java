package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.Reject;

/** Files written without a header, with another delimiter or quote, compressed, or named by a pattern. */
class CsvDialectTest {
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

    @Test
    void readsAFileWithoutAHeaderByTheMappingsColumnNames() {
        fixture.mapping("""
                stratum-mapping: 1
                files:
                  - file: patients.txt
                    header: false
                    delimiter: "|"
                    quote: "'"
                    column-names: [MRN, LAST, FIRST]
                    tables:
                      - table: patient
                        columns: { patient_id: MRN, family_name: LAST, given_name: FIRST }
                """).file("patients.txt", "p1|O'Brien|Ann", "p2|'Smith|Jones'|Bo", "p3|'D''Arcy'|Cy");

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT patient_id, family_name, given_name FROM patient ORDER BY 1"))
                .containsExactly("p1|O'Brien|Ann", "p2|Smith|Jones|Bo", "p3|D'Arcy|Cy");
    }

    @Test
    void readsGzipFilesAndEveryFileAPatternMatches() throws IOException {
        fixture.mapping("""
                stratum-mapping: 1
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN }
                  - file: visits_*.csv
                    tables:
                      - table: encounter
                        columns: { encounter_id: ID, patient_id: MRN, status: { value: finished } }
                """).file("patients.csv", "MRN", "p1", "p2").file("visits_2025-01.csv", "ID,MRN", "v1,p1")
                .file("notes.txt", "not named by the mapping: left alone");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(fixture.extract.resolve("visits_2025-02.csv.gz")))) {
            out.write("ID,MRN\nv2,p2\nv3,p9\n".getBytes(StandardCharsets.UTF_8));
        }

        var outcome = fixture.run(true, false);

        assertThat(fixture.rows("SELECT encounter_id FROM encounter ORDER BY 1")).containsExactly("v1", "v2");
        assertThat(outcome.rejects()).singleElement().satisfies((Reject r) -> {
            assertThat(r.file().getFileName()).hasToString("visits_2025-02.csv.gz");
            assertThat(r.line()).isEqualTo(3);
        });
        assertThat(outcome.entry().files()).hasSize(4);
    }
}
