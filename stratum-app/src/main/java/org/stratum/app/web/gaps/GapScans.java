package org.stratum.app.web.gaps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScan;
import org.stratum.engine.equity.GapScanResult;
import org.stratum.engine.equity.WarehouseState;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The gap scans the page has shown, kept while the warehouse stays as they were computed from: a scan
 * reads every measure's results by every dimension, seconds at a large population, and its answer only
 * changes with an import or a measure run for the period ({@link WarehouseState}). The scan holds
 * aggregates only and the page shows it the same to every role, so no user is part of the key.
 */
@Component
class GapScans {
    /** A few periods and criteria at a time; the least recently shown is dropped first. */
    static final int KEPT = 8;

    private record Key(Warehouse warehouse, String state, MeasurementPeriod period, GapCriteria criteria,
            List<MeasureDefinition> measures) {
    }

    private final Map<Key, GapScanResult> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, GapScanResult> eldest) {
            return size() > KEPT;
        }
    };

    GapScanResult scan(Warehouse warehouse, List<MeasureDefinition> measures, MeasurementPeriod period,
            GapCriteria criteria) {
        Key key = new Key(warehouse, WarehouseState.of(warehouse, period), period, criteria, List.copyOf(measures));
        synchronized (kept) {
            GapScanResult result = kept.get(key);
            if (result != null) {
                return result;
            }
        }
        // Scanned outside the lock: another period's page need not wait; two equal first requests both scan.
        GapScanResult result = new GapScan(warehouse).scan(measures, period, criteria);
        synchronized (kept) {
            kept.put(key, result);
        }
        return result;
    }
}
