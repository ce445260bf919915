package org.stratum.app.web.quality;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.stratum.app.OpenWarehouse;
import org.stratum.app.StratumProperties;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A synthetic population of a few thousand patients imported into a real warehouse in the test's
 * data directory, as {@code stratum generate} and {@code stratum import} would: before the application
 * starts, so its care sites reach the workflow store and accounts can be limited to them.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OpenWarehouse.class)
public class QualityWarehouse {
    static final int PATIENTS = 3000;

    @Bean
    Importer.ImportOutcome syntheticPopulation(Warehouse warehouse, StratumProperties properties) {
        Path extract = properties.dataDir().resolve("extract");
        new PopulationGenerator(new GeneratorSettings(PATIENTS, 23, extract, OutputFormat.CSV,
                GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
        return Importer.withBuiltInFormats().run(warehouse,
                new ImportRequest("synthetic", StratumCsvFormat.NAME, List.of(extract), true, "test"));
    }
}
