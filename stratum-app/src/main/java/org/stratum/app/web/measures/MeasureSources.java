package org.stratum.app.web.measures;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.equity.MeasureStrata;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.StrataQuery;
import org.stratum.engine.equity.WarehouseMeasureStrata;
import org.stratum.engine.equity.WarehouseMeasureTotals;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * What the measure pages read, over the warehouse the command line opened: the measure library (with
 * the measures added to the data directory), computed totals, and strata.
 */
@Component
class MeasureSources {
    private final ObjectProvider<Warehouse> warehouse;
    private final StratumProperties properties;

    MeasureSources(ObjectProvider<Warehouse> warehouse, StratumProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    MeasureLibrary library() {
        return CustomMeasures.load(DataDirectory.at(properties.dataDir()), warehouse());
    }

    MeasureTotals totals() {
        return new WarehouseMeasureTotals(warehouse());
    }

    MeasureStrata strata() {
        return new WarehouseMeasureStrata(warehouse());
    }

    /** One measure group's strata, read from the per-patient dimensions kept in the warehouse. */
    StrataQuery strataQuery() {
        return new StrataQuery(warehouse());
    }

    private Warehouse warehouse() {
        Warehouse open = warehouse.getIfAvailable();
        if (open == null) {
            throw new IllegalStateException("No warehouse is open: start the web app with 'stratum serve'");
        }
        return open;
    }
}
