package org.stratum.core.toolkit;

import java.util.List;

/**
 * An organisation's aim, target population and key drivers. The defaults are the toolkit's own
 * wording; organisations may rewrite the aim and population for themselves.
 */
public record DriverDiagram(String aim, String targetPopulation, List<KeyDriver> drivers) {

    public static final String TOOLKIT_AIM =
            "To more than double the number of primary care-based improvement efforts that center and advance racial health equity.";
    public static final String TOOLKIT_TARGET_POPULATION =
            "Organizations that provide, pay for, or support primary care.";

    public DriverDiagram {
        drivers = List.copyOf(drivers);
    }

    public static DriverDiagram toolkitDefault() {
        return new DriverDiagram(TOOLKIT_AIM, TOOLKIT_TARGET_POPULATION, List.of(KeyDriver.values()));
    }
}
