package org.stratum.engine.equity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;

/**
 * {@link MeasureStrata} over the stored measure results, one dimension at a time through
 * {@link StrataQuery}: the same strata, labels and race and ethnicity tabulation as every other view, and
 * views already counted in this warehouse state are not counted again (the overview, the Monitor's
 * rolling points, PDSA studies and the report ask for the same ones).
 */
public final class WarehouseMeasureStrata implements MeasureStrata {
    private final StrataQuery query;

    public WarehouseMeasureStrata(Warehouse warehouse) {
        this.query = new StrataQuery(warehouse);
    }

    @Override
    public Map<Key, List<GroupCount>> countAll(List<MeasureDefinition> measures, MeasurementPeriod period,
            List<StratifyingDimension> dimensions) {
        Map<Key, List<GroupCount>> counts = new LinkedHashMap<>();
        for (MeasureDefinition measure : measures) {
            for (MeasureGroup group : measure.groups()) {
                for (StratifyingDimension dimension : dimensions) {
                    List<Stratum> strata = query.count(
                            new StrataRequest(measure.id(), group.id(), period, List.of(dimension), Map.of()));
                    if (!strata.isEmpty()) {
                        counts.put(new Key(measure.id(), group.id(), dimension),
                                strata.stream().map(Stratum::count).toList());
                    }
                }
            }
        }
        return counts;
    }
}
