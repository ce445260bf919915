package org.stratum.engine.ingest.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.stratum.engine.ingest.ImportRejected;
import org.stratum.engine.warehouse.WarehouseSchema;
import org.stratum.engine.warehouse.WarehouseSchema.Column;

/**
 * Checks a Stratum CSV file's header against its table before DuckDB reads the rows: every
 * required column present, no unknown or repeated column. Optional columns may be left out.
 */
final class CsvHeader {
    private CsvHeader() {
    }

    /** The file's columns in file order, typed from the warehouse schema. */
    static List<Column> read(Path file, String table) {
        Map<String, Column> known = WarehouseSchema.columns(table).stream()
                .filter(c -> !c.name().equals("source"))
                .collect(Collectors.toMap(Column::name, Function.identity()));
        List<String> names = firstRow(file);
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            Column column = known.get(name);
            if (column == null) {
                throw new ImportRejected(file, 1, "unknown column '" + name + "' for table " + table
                        + "; its columns are " + String.join(", ", known.keySet().stream().sorted().toList()));
            }
            if (!seen.add(name)) {
                throw new ImportRejected(file, 1, "column '" + name + "' appears twice");
            }
            columns.add(column);
        }
        List<String> missing = WarehouseSchema.columns(table).stream()
                .filter(c -> !c.nullable() && !c.name().equals("source") && !seen.contains(c.name()))
                .map(Column::name)
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportRejected(file, 1, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return columns;
    }

    private static List<String> firstRow(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Iterator<CsvRecord> rows = reader.iterator();
            if (!rows.hasNext()) {
                throw new ImportRejected(file, "the file is empty; a header row is required");
            }
            return rows.next().getFields().stream().map(String::strip).toList();
        } catch (IOException e) {
            throw new ImportRejected(file, "the file cannot be read (" + e.getMessage() + ")");
        }
    }
}
