package org.stratum.engine.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What to import.
 *
 * @param source        name of the data source the rows belong to (e.g. "clinic-ehr"); re-importing a
 *                      source with {@code replaceSource} swaps all of its rows at once
 * @param format        import format name, e.g. {@code stratum-csv}
 * @param paths         files or folders to read
 * @param replaceSource remove every row of the source before loading, in the same transaction
 * @param importedBy    who runs the import, for the history
 * @param acceptPartial load the valid records and report the rest, instead of refusing the whole import
 * @param dryRun        read and check everything, store nothing
 * @param testCaseFolders each folder holds one test case (see {@link ImportOptions})
 */
public record ImportRequest(String source, String format, List<Path> paths, boolean replaceSource, String importedBy,
                            boolean acceptPartial, boolean dryRun, boolean testCaseFolders) {
    public ImportRequest {
        if (source == null || !source.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("A source name is 1 to 64 letters, digits, dots, dashes or underscores, not '"
                    + source + "'");
        }
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("Name at least one file or folder to import");
        }
    }

    /** An all-or-nothing import that stores what it reads. */
    public ImportRequest(String source, String format, List<Path> paths, boolean replaceSource, String importedBy) {
        this(source, format, paths, replaceSource, importedBy, false, false, false);
    }
}
