package org.stratum.app.workflow.efforts;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.engine.equity.MeasureStrata;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.WarehouseMeasureStrata;
import org.stratum.engine.equity.WarehouseMeasureTotals;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The measures an effort's aim can name and their computed results, from the warehouse the
 * application opened. Without a warehouse the built-in library is offered and nothing is computed.
 */
@Component
public class EffortMeasures {
    private final ObjectProvider<Warehouse> warehouse;
    private final StratumProperties properties;

    EffortMeasures(ObjectProvider<Warehouse> warehouse, StratumProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    public MeasureLibrary library() {
        Warehouse open = warehouse.getIfAvailable();
        return open == null ? MeasureLibrary.builtIn() : CustomMeasures.load(DataDirectory.at(properties.dataDir()), open);
    }

    public Optional<MeasureDefinition> find(String measureId) {
        return library().find(measureId);
    }

    /** The measure's name as people read it, or its id when the library no longer has it. */
    public String nameOf(String measureId) {
        return find(measureId).map(MeasureDefinition::displayName).orElse(measureId);
    }

    public Optional<MeasureTotals> totals() {
        return Optional.ofNullable(warehouse.getIfAvailable()).map(WarehouseMeasureTotals::new);
    }

    public Optional<MeasureStrata> strata() {
        return Optional.ofNullable(warehouse.getIfAvailable()).map(WarehouseMeasureStrata::new);
    }
}
