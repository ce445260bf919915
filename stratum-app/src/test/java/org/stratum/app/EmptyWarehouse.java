package org.stratum.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.engine.warehouse.WarehouseSummary;

/** A warehouse nothing has been imported into: test data for a fresh installation. */
@TestConfiguration(proxyBeanMethods = false)
public class EmptyWarehouse {

    @Bean
    @Primary
    WarehouseSummarySource emptyWarehouseSummary() {
        return WarehouseSummary::empty;
    }
}
