package org.stratum.app.data;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Hands an open warehouse to the web application. The command line opens the warehouse before
 * Spring starts (so a damaged warehouse is rebuilt, and a locked one refused, with a clear message)
 * and closes it when the application stops.
 */
public final class WarehouseBeans implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private final Warehouse warehouse;

    public WarehouseBeans(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("warehouse", warehouse);
        context.getBeanFactory().registerSingleton("warehouseSummarySource", (WarehouseSummarySource) warehouse::summary);
    }
}
