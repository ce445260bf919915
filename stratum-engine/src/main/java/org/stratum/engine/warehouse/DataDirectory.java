package org.stratum.engine.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder where Stratum keeps its files: the warehouse, the import ledger it is rebuilt from,
 * and (for the app) the embedded workflow store. Default {@code ./data}; {@code --data DIR} anywhere.
 */
public final class DataDirectory {
    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Creates the folder if needed and checks that Stratum can write to it. */
    public static DataDirectory at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new DataDirectoryUnusable(absolute, "it cannot be created (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(absolute)) {
            throw new DataDirectoryUnusable(absolute, "it is not a folder");
        }
        if (!Files.isWritable(absolute)) {
            throw new DataDirectoryUnusable(absolute, "it is not writable");
        }
        return new DataDirectory(absolute);
    }

    public Path root() {
        return root;
    }

    /** Measure definitions the user added (YAML), read beside the built-in library. */
    public Path measuresFolder() {
        return root.resolve("measures");
    }

    public Path warehouseFile() {
        return root.resolve("warehouse.duckdb");
    }

    public Path ledgerFile() {
        return root.resolve("imports.jsonl");
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }
}
