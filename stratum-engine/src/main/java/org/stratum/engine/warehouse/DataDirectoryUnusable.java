package org.stratum.engine.warehouse;

import java.nio.file.Path;

/** The data directory cannot be used: it is missing and cannot be made, or it is not writable. */
public class DataDirectoryUnusable extends RuntimeException {
    private final Path directory;

    public DataDirectoryUnusable(Path directory, String reason) {
        super("The data directory " + directory + " cannot be used: " + reason + ".");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
