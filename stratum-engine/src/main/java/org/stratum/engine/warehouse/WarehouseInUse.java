package org.stratum.engine.warehouse;

import java.nio.file.Path;

/** Another process holds the warehouse open; DuckDB allows one writer process per file. */
public class WarehouseInUse extends RuntimeException {
    public WarehouseInUse(Path file, String detail) {
        super("The warehouse " + file + " is in use by another Stratum process (" + detail
                + "). Stop that process, or do this through the web app it serves.");
    }
}
