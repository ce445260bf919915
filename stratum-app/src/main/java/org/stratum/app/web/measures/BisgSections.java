package org.stratum.app.web.measures;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.bisg.BisgEstimate;
import org.stratum.engine.real.bisg.PublishedBisgEstimate;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Builds the measure page's BISG section from the warehouse: nothing when it holds no imputations,
 * else the page's measure group in the page's period, suppressed for every role as the page is.
 */
@Component
class BisgSections {
    private final ObjectProvider<Warehouse> warehouse;

    BisgSections(ObjectProvider<Warehouse> warehouse) {
        this.warehouse = warehouse;
    }

    BisgSection of(String measureId, String groupId, MeasurementPeriod period) {
        Warehouse open = warehouse.getIfAvailable();
        if (open == null) {
            return BisgSection.NONE;
        }
        BisgEstimate estimates = new BisgEstimate(open);
        if (!estimates.hasImputations()) {
            return BisgSection.NONE;
        }
        return BisgSection.of(PublishedBisgEstimate.of(estimates.estimate(measureId, period, groupId),
                SuppressionPolicy.CMS));
    }
}
