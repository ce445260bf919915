package org.stratum.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/** Care sites named by imported data become workflow-store sites that accounts can be limited to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CareSitesFromWarehouseTests {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
    }

    @TestConfiguration
    static class WarehouseWithTwoSites {
        @Bean(destroyMethod = "close")
        Warehouse warehouse() throws IOException {
            Path extract = Files.createDirectories(dataDir.resolve("extract"));
            Files.writeString(extract.resolve("care_site.csv"), "site_id,name\nnorth,North Clinic\nsouth,South Clinic\n");
            Importer importer = Importer.withBuiltInFormats();
            Warehouse warehouse = Warehouse.open(DataDirectory.at(dataDir.resolve("warehouse")), importer, n -> { });
            importer.run(warehouse, new ImportRequest("ehr", StratumCsvFormat.NAME, List.of(extract), true, "test"));
            return warehouse;
        }

        @Bean
        WarehouseSummarySource warehouseSummarySource(Warehouse warehouse) {
            return warehouse::summary;
        }
    }

    @Autowired
    CareSites careSites;

    @Test
    void sitesInTheWarehouseAreCopiedToTheWorkflowStoreAtStartUp() {
        assertThat(careSites.list()).extracting(CareSites.CareSite::siteKey, CareSites.CareSite::name)
                .containsExactly(tuple("north", "North Clinic"), tuple("south", "South Clinic"));
    }
}
