package org.stratum.app.workflow.drivers;

import java.util.List;
import org.stratum.core.toolkit.KeyDriver;

/**
 * The organisation's driver diagram: its aim, its target population and its wording of the nine key
 * drivers (toolkit Figure 1), in the toolkit's order.
 */
public record OrganisationDriverDiagram(String aim, String targetPopulation, List<DriverStatement> drivers) {

    public OrganisationDriverDiagram {
        drivers = List.copyOf(drivers);
    }

    /** The two drivers that inform all the work. */
    public List<DriverStatement> foundational() {
        return drivers.stream().filter(DriverStatement::isFoundational).toList();
    }

    /** The seven drivers that each map to one opportunity, in the opportunities' order. */
    public List<DriverStatement> mapped() {
        return drivers.stream().filter(driver -> !driver.isFoundational()).toList();
    }

    public String statementOf(KeyDriver driver) {
        return drivers.get(driver.ordinal()).statement();
    }
}
