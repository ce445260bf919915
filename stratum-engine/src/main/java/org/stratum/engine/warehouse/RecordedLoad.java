package org.stratum.engine.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A load that is not an import of patient data but that a rebuilt warehouse must hold again: a table
 * the user supplies (the census by ZCTA) or one computed from the imported data and such files (the
 * BISG imputations). It is recorded in the ledger like an import, with its files' SHA-256, and the
 * rebuild repeats it at its place among the imports, so it sees the same patients it saw the first time.
 */
public interface RecordedLoad {
    /** The name the ledger records as the entry's source and format, e.g. {@code census-zcta}. */
    String name();

    /**
     * Loads from the files through the caller's transaction, which the caller commits.
     *
     * @param at when the load first ran: a repeat during a rebuild stores the same time
     * @return rows written per table
     */
    Map<String, Long> load(Connection transaction, List<Path> files, Instant at) throws SQLException;
}
