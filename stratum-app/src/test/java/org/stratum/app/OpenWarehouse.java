package org.stratum.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A real DuckDB warehouse in the test's {@code stratum.data-dir}, opened as the command line opens
 * it before it starts the web app: for pages that import into the warehouse or read its history.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenWarehouse {

    @Bean(destroyMethod = "close")
    Warehouse warehouse(StratumProperties properties) {
        return Warehouse.open(DataDirectory.at(properties.dataDir()), Importer.withBuiltInFormats(), notice -> { });
    }

    @Bean
    WarehouseSummarySource warehouseSummarySource(Warehouse warehouse) {
        return warehouse::summary;
    }
}
