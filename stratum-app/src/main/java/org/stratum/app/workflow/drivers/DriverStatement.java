package org.stratum.app.workflow.drivers;

import java.util.Optional;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/**
 * A key driver as this organisation words it.
 *
 * @param driver    the toolkit's key driver
 * @param statement the organisation's wording; the toolkit's own unless an administrator changed it
 */
public record DriverStatement(KeyDriver driver, String statement) {

    public boolean isToolkitWording() {
        return statement.equals(driver.statement());
    }

    public String toolkitStatement() {
        return driver.statement();
    }

    public boolean isFoundational() {
        return driver.isFoundational();
    }

    public Optional<Opportunity> opportunity() {
        return driver.opportunity();
    }

    /** The driver's stable name, as stored and used in form fields and element ids. */
    public String code() {
        return driver.name();
    }
}
