package org.stratum.engine.equity;

import java.util.Objects;

/**
 * Patients in one stratum of a dimension: the value as the warehouse holds it ({@code es}, a site id,
 * {@code 18-44}) or as the pages label it ({@code Spanish (es)}, the site's name).
 */
public record StratumFilter(StratifyingDimension dimension, String value) {

    public StratumFilter {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }
}
