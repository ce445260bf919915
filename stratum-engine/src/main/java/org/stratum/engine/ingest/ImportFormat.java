package org.stratum.engine.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One way of reading source files into the warehouse's canonical tables. */
public interface ImportFormat {
    /** The name users pass with {@code --format} and the ledger records. */
    String name();

    /**
     * The files an import of these paths reads, in load order.
     *
     * @throws ImportRejected when a path cannot be read or holds nothing this format knows
     */
    List<Path> files(List<Path> paths);

    /**
     * Loads the files through the caller's open transaction, tagging every row with the source.
     * Records that cannot be loaded are returned as rejects (and, unless the options accept a partial
     * import, the caller rolls back); a problem that stops the whole file may be thrown instead.
     *
     * @throws ImportRejected naming the file, line and reason when the data is not acceptable
     */
    LoadResult load(Connection transaction, ImportOptions options, List<Path> files) throws SQLException;
}
