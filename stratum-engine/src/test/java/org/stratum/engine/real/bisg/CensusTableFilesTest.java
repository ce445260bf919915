package org.stratum.engine.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.real.bisg.AreaTable;
import org.stratum.core.real.bisg.BisgGroup;
import org.stratum.core.real.bisg.GroupProbabilities;
import org.stratum.core.real.bisg.SurnameTable;

/** Reading the user's Census surname list and ZCTA table, and refusing unusable ones precisely. */
class CensusTableFilesTest {
    private static final String AREA_HEADER = String.join(",", CensusAreaFile.COLUMNS);
    private static final String SURNAME_HEADER = "name,rank,count,prop100k,cum_prop100k,pctwhite,pctblack,pctapi,pctaian,pct2prace,pcthispanic";

    @TempDir
    Path temp;

    private Path file(String name, String... lines) throws IOException {
        return Files.write(temp.resolve(name), List.of(lines));
    }

    @Test
    void theCensusSurnameSampleLoadsWithItsSuppressedCellsSharedOut() {
        SurnameTable table = CensusSurnameFile.read(BisgFixtures.surnames());

        assertThat(table.size()).isEqualTo(262);
        GroupProbabilities vang = table.lookup("Vang").orElseThrow();
        assertThat(vang.of(BisgGroup.API)).isCloseTo(0.967, within(1e-9));
        assertThat(vang.of(BisgGroup.BLACK)).isCloseTo(vang.of(BisgGroup.AIAN), within(1e-12)).isPositive();
        assertThat(table.lookup("Garcia").orElseThrow().mostLikely()).isEqualTo(BisgGroup.HISPANIC);
        assertThat(table.lookup("Washington").orElseThrow().mostLikely()).isEqualTo(BisgGroup.BLACK);
    }

    @Test
    void theCfpbZctaTableLoadsWithoutPuertoRicoAndKeepsEachAreasHispanicShare() throws IOException {
        AreaTable table = CensusAreaFile.read(BisgFixtures.zctas());

        long expectedAreas = 0;
        double hispanic = 0;
        double total = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(BisgFixtures.zctas())) {
            for (NamedCsvRecord row : reader) {
                String zcta = row.getField("ZCTA5");
                double people = Double.parseDouble(row.getField("Total_Pop"));
                if (zcta.matches("00[6-9].*") || people == 0) {
                    assertThat(table.lookup(zcta)).as(zcta).isEmpty();
                    continue;
                }
                expectedAreas++;
                hispanic += Double.parseDouble(row.getField("Hispanic_Total"));
                total += people;
                assertThat(table.lookup(zcta).orElseThrow().of(BisgGroup.HISPANIC))
                        .isCloseTo(Double.parseDouble(row.getField("Hispanic_Total")) / people, within(1e-9));
            }
        }
        assertThat(table.size()).isEqualTo(expectedAreas).isGreaterThan(32_000);
        assertThat(table.national().of(BisgGroup.HISPANIC)).isCloseTo(hispanic / total, within(1e-9));
    }

    @Test
    void areaCountsAreFoldedIntoTheSurnameListsGroupsAsTheCfpbDoes() throws IOException {
        // 10 White+Other go to White (58), 4 Asian+NHPI and 2 Asian+NHPI+Other to API (16), leaving 4
        // of the 20 multiracial; the 10 Other alone are shared in proportion to the 100 non-Hispanic (10%).
        Path zctas = file("zcta.csv", AREA_HEADER,
                "94601,100,48,20,2,10,10,20,10,0,0,4,0,2");

        GroupProbabilities area = CensusAreaFile.read(zctas).lookup("94601").orElseThrow();

        double[] expected = {100, 58 * 1.1, 20 * 1.1, 16 * 1.1, 2 * 1.1, 4 * 1.1};
        double total = 210;
        for (BisgGroup group : BisgGroup.values()) {
            assertThat(area.of(group)).as(group.name()).isCloseTo(expected[group.ordinal()] / total, within(1e-12));
        }
    }

    @Test
    void aMissingColumnIsNamedWithTheExpectedHeader() throws IOException {
        Path surnames = file("names.csv", "name,rank,count,pctwhite,pctblack,pctapi,pctaian,pcthispanic", "SMITH,1,2,3,4,5,6,7");

        assertThatThrownBy(() -> CensusSurnameFile.read(surnames))
                .isInstanceOf(BisgTableRejected.class)
                .hasMessage(surnames + " line 1, column pct2prace: missing from the header (expected columns: "
                        + String.join(",", CensusSurnameFile.COLUMNS) + ")");
    }

    @Test
    void aValueThatIsNotANumberIsRejectedAtItsLineAndColumn() throws IOException {
        Path surnames = file("names.csv", SURNAME_HEADER,
                "SMITH,1,2442977,828.19,828.19,70.9,23.11,0.5,0.89,2.19,2.4",
                "JOHNSON,2,1932812,655.24,1483.42,58.97,lots,0.54,0.94,2.56,2.36");

        assertThatThrownBy(() -> CensusSurnameFile.read(surnames)).isInstanceOf(BisgTableRejected.class)
                .hasMessage(surnames + " line 3, column pctblack: 'lots' is not a number of zero or more nor (S)")
                .extracting(e -> ((BisgTableRejected) e).line()).isEqualTo(3L);
    }

    @Test
    void aSurnameListedTwiceOrAZctaThatIsNotFiveDigitsIsRejectedAtItsLine() throws IOException {
        Path surnames = file("names.csv", SURNAME_HEADER,
                "SMITH,1,2442977,828.19,828.19,70.9,23.11,0.5,0.89,2.19,2.4",
                "SMITH,1,2442977,828.19,828.19,70.9,23.11,0.5,0.89,2.19,2.4");
        Path zctas = file("zcta.csv", AREA_HEADER, "94601,100,50,20,2,10,10,20,10,0,0,4,0,2",
                "9460,100,50,20,2,10,10,20,10,0,0,4,0,2");

        assertThatThrownBy(() -> CensusSurnameFile.read(surnames)).hasMessageStartingWith(surnames + " line 3, column name")
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> CensusAreaFile.read(zctas))
                .hasMessage(zctas + " line 3, column ZCTA5: '9460' is not a five-digit ZCTA");
    }

    @Test
    void aMissingOrEmptyFileIsRejectedAsAWhole() throws IOException {
        Path nowhere = temp.resolve("absent.csv");
        Path empty = file("empty.csv", SURNAME_HEADER);

        assertThatThrownBy(() -> CensusSurnameFile.read(nowhere)).hasMessage(nowhere + ": no readable file there");
        assertThatThrownBy(() -> CensusSurnameFile.read(empty)).hasMessage(empty + ": the file has no data rows");
    }
}
