package org.stratum.core.real;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stratum.core.ReferenceFixtures;

class CdcRaceEthnicityCodeSetTest {
    private final CdcRaceEthnicityCodeSet codes = CdcRaceEthnicityCodeSet.load();

    @Test
    void holdsEveryRaceAndEthnicityCode() {
        // 921 race codes and 43 ethnicity codes; the HL7 copy has no concepts for the roots 1000-9 and 2133-7.
        assertThat(codes.concepts().size()).isEqualTo(964);
        assertThat(codes.concept("2034-7")).hasValueSatisfying(c -> {
            assertThat(c.display()).isEqualTo("Chinese");
            assertThat(c.parent()).isEqualTo("2028-9");
        });
    }

    @Test
    void detailedCodesRollUpToTheirOmb2024Category() {
        assertThat(codes.category("2034-7")).contains(OmbCategory.ASIAN);
        assertThat(codes.category("2148-5")).contains(OmbCategory.HISPANIC_OR_LATINO);
        assertThat(codes.category("1382-1")).contains(OmbCategory.AMERICAN_INDIAN_OR_ALASKA_NATIVE);
        assertThat(codes.category("2121-2")).as("Iranian, under MENA under White").contains(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        assertThat(codes.category("2129-5")).as("Arab, a sibling of MENA under White").contains(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        assertThat(codes.category("2110-5")).as("English").contains(OmbCategory.WHITE);
        assertThat(codes.category("2131-1")).as("Other Race").isEmpty();
        assertThat(codes.category("2186-5")).as("Not Hispanic or Latino").isEmpty();
        assertThat(codes.category("nonsense")).isEmpty();
    }

    @Test
    void agreesWithTheCdcFlatFileOnEveryCodeAndParent() throws IOException {
        Path flat = ReferenceFixtures.require("real").resolve("cdc-rec/cdc-race-ethnicity-flat.csv");
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(flat)) {
            int checked = 0;
            for (NamedCsvRecord row : rows) {
                String code = row.getField("code");
                if (code.equals("1000-9") || code.equals("2133-7")) {
                    continue; // the roots "Race" and "Ethnicity"
                }
                String parent = row.getField("parent_code");
                String expectedParent = parent.equals("1000-9") || parent.equals("2133-7") ? null : parent;
                assertThat(codes.concept(code)).as(code).hasValueSatisfying(c -> {
                    assertThat(c.display()).isEqualTo(row.getField("display"));
                    assertThat(c.parent()).isEqualTo(expectedParent);
                });
                checked++;
            }
            assertThat(checked).isEqualTo(964);
        }
    }
}
