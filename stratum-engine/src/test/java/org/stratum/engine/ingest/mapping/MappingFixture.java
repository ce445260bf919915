package org.stratum.engine.ingest.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/** A warehouse in a temporary folder, a mapping file and an extract folder to import through it. */
final class MappingFixture implements AutoCloseable {
    final Path folder;
    final Path extract;
    final Path mapping;
    final Importer importer = Importer.withBuiltInFormats();
    final Warehouse warehouse;

    MappingFixture(Path folder) {
        this.folder = folder;
        this.extract = folder.resolve("extract");
        this.mapping = folder.resolve("mapping.yaml");
        this.warehouse = Warehouse.open(DataDirectory.at(folder.resolve("data")), importer, notice -> { });
    }

    MappingFixture mapping(String yaml) {
        return write(mapping, yaml, StandardCharsets.UTF_8);
    }

    /** A file of the extract, lines joined with line feeds. */
    MappingFixture file(String name, String... lines) {
        return write(extract.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    MappingFixture write(Path file, String text, Charset encoding) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, text.getBytes(encoding));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportOutcome run() {
        return run(false, false);
    }

    ImportOutcome run(boolean acceptPartial, boolean dryRun) {
        return importer.run(warehouse, new ImportRequest("clinic", MappedCsvFormat.NAME, List.of(mapping, extract), false,
                "tester", acceptPartial, dryRun, false));
    }

    /** Each row of a query as its cells joined with '|'. */
    List<String> rows(String query) {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
