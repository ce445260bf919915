package org.stratum.engine.warehouse;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Loads a recorded import again, into a warehouse being rebuilt. The implementation checks that the
 * source files are still there and unchanged before reading them.
 */
@FunctionalInterface
public interface ImportReplay {
    /**
     * Loads the rows of {@code entry} through {@code transaction}, which the caller commits.
     *
     * @throws WarehouseRebuildFailed when a source file is missing or has changed since the import
     */
    void replay(Connection transaction, LedgerEntry entry) throws SQLException;
}
