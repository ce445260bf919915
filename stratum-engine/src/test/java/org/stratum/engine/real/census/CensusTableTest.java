package org.stratum.engine.real.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.warehouse.Warehouse;

/** Loading a census table by ZCTA: the public CFPB file, and files that must be refused whole. */
class CensusTableTest {
    private static final String HEADER = "ZCTA5,Total_Pop,Hispanic_Total,NH_White_alone,NH_Black_alone,NH_AIAN_alone,"
            + "NH_API_alone,NH_Other_alone,NH_Mult_Total\n";

    @TempDir
    Path temp;
    private final Warehouse warehouse = Warehouse.inMemory();

    @AfterEach
    void close() {
        warehouse.close();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private double sql(String query) throws SQLException {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    @Test
    void theCfpbTableOfThe2020CensusLoadsEveryZcta() throws IOException, SQLException {
        Path fixture = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures"))
                .resolve("real/bisg/cfpb_zip_over18_race_2020dhc.csv");
        assumeTrue(Files.isRegularFile(fixture), "CFPB census fixture not found at " + fixture + ", skipping");
        long lines;
        try (var all = Files.lines(fixture)) {
            lines = all.count();
        }

        int loaded = new CensusTable(warehouse).load(fixture, "tester");

        assertThat(loaded).isEqualTo(lines - 1);
        assertThat(new CensusTable(warehouse).zctas()).isEqualTo(loaded);
        // 00602 in the file: Hispanic_Total 31258, NH_White_alone 190, NH_API_alone 10.0
        assertThat(sql("SELECT hispanic FROM census_zcta WHERE zcta = '00602'")).isEqualTo(31258);
        assertThat(sql("SELECT white FROM census_zcta WHERE zcta = '00602'")).isEqualTo(190);
        assertThat(sql("SELECT asian_pacific_islander FROM census_zcta WHERE zcta = '00602'")).isEqualTo(10);
    }

    @Test
    void aBadCountIsRefusedNamingTheLineAndColumnAndTheTableLoadedBeforeIsKept() throws IOException, SQLException {
        CensusTable census = new CensusTable(warehouse);
        census.load(file("good.csv", HEADER + "90001,1000,600,200,100,0,50,10,40\n"), "tester");
        Path bad = file("bad.csv", HEADER + "90002,1000,100,500,0,0,300,0,100\n90003,10,1,2,three,0,0,0,0\n");

        assertThatThrownBy(() -> census.load(bad, "tester")).isInstanceOf(CensusFileRejected.class)
                .hasMessage("bad.csv: line 3: column NH_Black_alone: 'three' is not a number");
        assertThat(census.zctas()).isEqualTo(1);
        assertThat(sql("SELECT hispanic FROM census_zcta WHERE zcta = '90001'")).isEqualTo(600);
    }

    @Test
    void aMissingColumnAZctaThatIsNotFiveDigitsANegativeCountAndARepeatedZctaAreRefused() throws IOException {
        CensusTable census = new CensusTable(warehouse);
        assertThatThrownBy(() -> census.load(file("short.csv", "ZCTA5,Hispanic_Total\n90001,5\n"), "tester"))
                .hasMessageStartingWith("short.csv: line 1: column NH_White_alone is missing (expected columns: ZCTA5,");
        assertThatThrownBy(() -> census.load(file("zip.csv", HEADER + "9001,1,1,0,0,0,0,0,0\n"), "tester"))
                .hasMessage("zip.csv: line 2: column ZCTA5: '9001' is not a five-digit ZCTA");
        assertThatThrownBy(() -> census.load(file("negative.csv", HEADER + "90001,1,1,0,0,0,0,0,-4\n"), "tester"))
                .hasMessage("negative.csv: line 2: column NH_Mult_Total: '-4' is not a population count (0 or more)");
        assertThatThrownBy(() -> census.load(file("twice.csv", HEADER + "90001,1,1,0,0,0,0,0,0\n90001,1,1,0,0,0,0,0,0\n"), "tester"))
                .hasMessage("twice.csv: line 3: column ZCTA5: ZCTA 90001 is listed twice");
        assertThatThrownBy(() -> census.load(file("empty.csv", HEADER), "tester"))
                .hasMessage("empty.csv: no ZCTA rows under the header");
        assertThat(census.zctas()).as("nothing loaded").isZero();
    }
}
