package org.stratum.app.web.gaps;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.equity.GapScanResult;
import org.stratum.engine.equity.ViewCache;
import org.stratum.engine.equity.WarehouseState;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The gap scans the page has shown, kept while the warehouse stays as they were computed from: a scan
 * reads every measure's results by every dimension, seconds at a large population, and its answer only
 * changes with an import or a measure run for the period ({@link WarehouseState}). Kept in the engine's
 * {@link ViewCache} beside the stratified views. The scan holds aggregates only and the page shows it
 * the same to every role, so no user is part of the key.
 */
@Component
class GapScans {

    private record Scan(MeasurementPeriod period, GapCriteria criteria, List<MeasureDefinition> measures) {
    }

    GapScanResult scan(Warehouse warehouse, List<MeasureDefinition> measures, MeasurementPeriod period,
            GapCriteria criteria) {
        return ViewCache.of(warehouse).get(WarehouseState.of(warehouse, period),
                new Scan(period, criteria, List.copyOf(measures)), () -> new GapScan(warehouse).scan(measures, period, criteria));
    }
}
