package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.ImportRejected;

/** Dates and times in the formats extracts use, and files in the encodings they come in. */
class DatesAndEncodingsTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
    void datePatternsTranslateToDuckDbFormats() {
        assertThat(strptime("MM/dd/yyyy")).isEqualTo("%m/%d/%Y");
        assertThat(strptime("yyyyMMdd")).isEqualTo("%Y%m%d");
        assertThat(strptime("MM/dd/yyyy HH:mm")).isEqualTo("%m/%d/%Y %H:%M");
        assertThat(strptime("d-MMM-yy h:mm a")).isEqualTo("%d-%b-%y %I:%M %p");
        assertThat(strptime("yyyy-MM-dd'T'HH:mm:ss.SSS")).isEqualTo("%Y-%m-%dT%H:%M:%S.%g");
    }

    private String strptime(String pattern) {
        fixture.mapping("stratum-mapping: 1\nfiles:\n  - file: p.csv\n    tables:\n      - table: patient\n        columns:\n"
                + "          patient_id: MRN\n          birth_date: { column: DOB, format: \"" + pattern + "\" }\n");
        return CsvMapping.read(fixture.mapping).files().get(0).tables().get(0).columns().get(1).format().strptime();
    }

    @Test
    void readsDatesAndLocalTimesStoringTimesInUtc() {
        fixture.mapping("""
                stratum-mapping: 1
                time-zone: America/Los_Angeles
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns:
                          patient_id: MRN
                          birth_date: { column: DOB, format: MM/dd/yyyy }
                          death_date: { column: DIED, format: yyyyMMdd }
                  - file: visits.csv
                    tables:
                      - table: encounter
                        columns:
                          encounter_id: ID
                          patient_id: MRN
                          status: { value: finished }
                          start_time: { concat: [DAY, TIME], separator: " ", format: MM/dd/yyyy HH:mm }
                          end_time: { column: ENDED, format: M/d/yy h:mm a }
                """).file("patients.csv", "MRN,DOB,DIED", "p1,03/04/1970,20250102", "p2,3/4/1970,")
                .file("visits.csv", "ID,MRN,DAY,TIME,ENDED", "v1,p1,07/01/2025,09:30,7/1/25 10:05 AM",
                        "v2,p1,01/15/2025,16:00,1/15/25 4:40 PM");

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT patient_id, birth_date, death_date FROM patient ORDER BY 1"))
                .containsExactly("p1|1970-03-04|2025-01-02", "p2|1970-03-04|null");
        // Los Angeles is UTC-7 in July (daylight time) and UTC-8 in January.
        assertThat(fixture.rows("SELECT encounter_id, start_time, end_time FROM encounter ORDER BY 1")).containsExactly(
                "v1|2025-07-01 16:30:00.0|2025-07-01 17:05:00.0", "v2|2025-01-16 00:00:00.0|2025-01-16 00:40:00.0");
    }

    @Test
    void aDateThatDoesNotMatchItsFormatIsRejectedWithLineAndField() {
        fixture.mapping("""
                stratum-mapping: 1
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN, birth_date: { column: DOB, format: MM/dd/yyyy } }
                """).file("patients.csv", "MRN,DOB", "p1,03/04/1970", "p2,1970-03-04", "p3,13/45/1970");

        assertThatThrownBy(fixture::run).isInstanceOf(ImportRejected.class).satisfies(e -> {
            assertThat(((ImportRejected) e).rejects()).extracting(r -> r.line() + " " + r.field() + ": " + r.reason())
                    .containsExactly("3 DOB: \"1970-03-04\" does not match the date format MM/dd/yyyy (patient.birth_date)",
                            "4 DOB: \"13/45/1970\" does not match the date format MM/dd/yyyy (patient.birth_date)");
        });
        assertThat(fixture.rows("SELECT count(*) FROM patient")).containsExactly("0");
    }

    @Test
    void readsAWindows1252File() {
        fixture.mapping("""
                stratum-mapping: 1
                csv: { encoding: windows-1252, delimiter: ";" }
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN, given_name: FIRST, family_name: LAST }
                """).write(fixture.extract.resolve("patients.csv"), "MRN;FIRST;LAST\r\np1;José;Muñoz “Pepe”\r\n",
                WINDOWS_1252);

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT given_name, family_name FROM patient")).containsExactly("José|Muñoz “Pepe”");
    }

    @Test
    void aWindows1252FileReadAsUtf8IsRejectedNamingTheLineAndTheFix() {
        fixture.mapping("""
                stratum-mapping: 1
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN, given_name: FIRST }
                """).write(fixture.extract.resolve("patients.csv"), "MRN,FIRST\np1,Ana\np2,José\n", WINDOWS_1252);

        assertThatThrownBy(fixture::run).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("patients.csv line 3")
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("encoding: windows-1252");
    }

    @Test
    void aByteTheEncodingDoesNotDefineIsRejectedWithItsLine() {
        fixture.mapping("""
                stratum-mapping: 1
                csv: { encoding: windows-1252 }
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN, given_name: FIRST }
                """).write(fixture.extract.resolve("patients.csv"), "MRN,FIRST\np1,Ana\np2,Bob\n", StandardCharsets.UTF_8);
        byte[] bad = "MRN,FIRST\np1,Ana\np2,B\u0081b\n".getBytes(StandardCharsets.ISO_8859_1);
        fixture.write(fixture.extract.resolve("patients.csv"), new String(bad, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1);

        assertThatThrownBy(fixture::run).isInstanceOf(ImportRejected.class)
                .hasMessageContaining("patients.csv line 3")
                .hasMessageContaining("windows-1252 does not define");
    }
}
