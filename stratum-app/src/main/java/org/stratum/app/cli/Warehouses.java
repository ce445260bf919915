package org.stratum.app.cli;

import java.io.PrintWriter;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/** Opens the data directory's warehouse for a command, telling the user when it is being rebuilt. */
final class Warehouses {
    static final Importer IMPORTER = Importer.withBuiltInFormats();

    private Warehouses() {
    }

    static Warehouse open(StratumCommand root, PrintWriter out) {
        DataDirectory data = DataDirectory.at(root.dataDir());
        return Warehouse.open(data, IMPORTER, notice -> {
            out.println(notice);
            out.flush();
        });
    }
}
