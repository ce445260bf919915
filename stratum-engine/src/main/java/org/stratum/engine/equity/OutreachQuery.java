package org.stratum.engine.equity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * Which patients an outreach list names: those eligible for a measure group in a period who do not
 * meet its goal, in the given strata, at the given sites.
 *
 * @param sites the warehouse site ids whose patients may be listed; empty Optional for every site
 *              (including patients attributed to none)
 */
public record OutreachQuery(MeasureDefinition measure, String groupId, MeasurementPeriod period,
        List<StratumFilter> filters, Optional<Set<String>> sites) {

    public OutreachQuery {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(period, "period");
        filters = List.copyOf(filters);
        sites = sites.map(Set::copyOf);
    }
}
