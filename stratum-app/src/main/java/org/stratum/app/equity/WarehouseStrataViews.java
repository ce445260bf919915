package org.stratum.app.equity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.WarehouseMeasureTotals;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Stratified views, totals and the gap finder over the warehouse the command line opened, with the
 * measure library as it stands (the built-in measures and those added to the data directory), for the
 * API and the Explore page.
 */
@Component
public class WarehouseStrataViews {
    private final ObjectProvider<Warehouse> warehouse;
    private final StratumProperties properties;
    private final OfferedDimensions offered;

    WarehouseStrataViews(ObjectProvider<Warehouse> warehouse, StratumProperties properties, OfferedDimensions offered) {
        this.warehouse = warehouse;
        this.properties = properties;
        this.offered = offered;
    }

    public StrataViews views() {
        return new StrataViews(library(), warehouse(), offered);
    }

    public MeasureLibrary library() {
        return CustomMeasures.load(DataDirectory.at(properties.dataDir()), warehouse());
    }

    public MeasureTotals totals() {
        return new WarehouseMeasureTotals(warehouse());
    }

    public GapScan gaps() {
        return new GapScan(warehouse());
    }

    private Warehouse warehouse() {
        Warehouse open = warehouse.getIfAvailable();
        if (open == null) {
            throw new IllegalStateException("No warehouse is open: start the web app with 'stratum serve'");
        }
        return open;
    }
}
