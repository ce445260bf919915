package org.stratum.app.organisation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Copies the care sites that imported data names into the workflow store at start-up, so accounts
 * can be limited to sites. Without a warehouse (command-line tasks) it does nothing.
 */
@Component
class CareSitesFromWarehouse implements SmartInitializingSingleton {
    private final ObjectProvider<Warehouse> warehouse;
    private final Organisations organisations;
    private final CareSites careSites;
    private final StratumProperties properties;

    CareSitesFromWarehouse(ObjectProvider<Warehouse> warehouse, Organisations organisations, CareSites careSites,
                           StratumProperties properties) {
        this.warehouse = warehouse;
        this.organisations = organisations;
        this.careSites = careSites;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        warehouse.ifAvailable(w -> {
            long organisationId = organisations.ensureExists(properties.organisationName()).id();
            w.careSites().forEach(site -> careSites.upsert(organisationId, site.siteId(), site.name()));
        });
    }
}
