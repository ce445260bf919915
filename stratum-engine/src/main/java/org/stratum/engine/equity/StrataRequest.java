package org.stratum.engine.equity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * One stratified view: a measure group in a period, by one or two dimensions combined, among the
 * patients who pass every filter. Filters on different dimensions are AND-ed; several values of one
 * dimension are OR-ed.
 *
 * @param by      one or two dimensions, different from each other
 * @param filters the values each filtered dimension may take
 */
public record StrataRequest(String measureId, String groupId, MeasurementPeriod period, List<StratifyingDimension> by,
        Map<StratifyingDimension, Set<String>> filters) {

    public StrataRequest {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(period, "period");
        by = List.copyOf(by);
        if (by.isEmpty() || by.size() > 2 || new LinkedHashSet<>(by).size() != by.size()) {
            throw new IllegalArgumentException("A view is by one or two different dimensions, not " + by);
        }
        Map<StratifyingDimension, Set<String>> copy = new LinkedHashMap<>();
        filters.forEach((dimension, values) -> {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("A filter on " + dimension.parameter() + " needs a value");
            }
            copy.put(dimension, Set.copyOf(values));
        });
        filters = Map.copyOf(copy);
    }
}
