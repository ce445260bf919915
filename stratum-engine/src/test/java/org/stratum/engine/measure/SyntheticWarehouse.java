package org.stratum.engine.measure;

import java.nio.file.Path;
import java.util.List;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A synthetic population loaded into a real warehouse in a temporary folder; the generated files,
 * ground-truth.json among them, stay in {@code folder/extract}.
 */
public final class SyntheticWarehouse {
    private SyntheticWarehouse() {
    }

    static Warehouse withPatients(Path folder, int patients) {
        return withPatients(folder, patients, 5);
    }

    public static Warehouse withPatients(Path folder, int patients, long seed) {
        Path extract = folder.resolve("extract");
        new PopulationGenerator(new GeneratorSettings(patients, seed, extract, OutputFormat.CSV,
                GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
        Importer importer = Importer.withBuiltInFormats();
        Warehouse warehouse = Warehouse.open(DataDirectory.at(folder.resolve("data")), importer, n -> { });
        importer.run(warehouse, new ImportRequest("synthetic", StratumCsvFormat.NAME, List.of(extract), true, "test"));
        return warehouse;
    }
}
