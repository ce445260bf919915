package org.stratum.engine.ingest;

import java.nio.file.Path;

/** Hears how far an import has read, for a progress bar on the terminal or the page. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (read, total, file) -> { };

    /**
     * @param bytesRead  bytes of the import's files read so far (compressed bytes for gzip files)
     * @param totalBytes bytes of all its files
     * @param file       the file being read
     */
    void update(long bytesRead, long totalBytes, Path file);
}
