package org.stratum.app.equity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which dimensions the web app and its API offer, bound from {@code stratum.dimensions.*}.
 *
 * @param optional the optional dimensions turned on, by name: any of {@code sexual-orientation},
 *                 {@code gender-identity} and {@code disability}, comma-separated in a property or the
 *                 environment variable {@code STRATUM_DIMENSIONS_OPTIONAL}. Default: none, so none is
 *                 offered or shown. Another name stops the application at start, saying which.
 */
@ConfigurationProperties("stratum.dimensions")
public record DimensionSettings(@DefaultValue List<String> optional) {

    public OfferedDimensions offered() {
        try {
            return OfferedDimensions.withOptional(optional);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(OfferedDimensions.SETTING + ": " + e.getMessage(), e);
        }
    }
}
