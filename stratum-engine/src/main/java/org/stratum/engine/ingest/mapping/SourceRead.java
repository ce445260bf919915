package org.stratum.engine.ingest.mapping;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.stratum.engine.ingest.ImportRejected;

/**
 * One source file made ready for DuckDB: the file it reads (the file itself, or a UTF-8 copy of a file
 * in another encoding), its column names (from the header, or the mapping's {@code column-names}),
 * checked against every column the mapping names. Close it to remove the copy.
 *
 * @param file     the extract's file
 * @param readable the UTF-8 file DuckDB reads
 * @param spec     what the mapping says of the file
 * @param columns  the file's column names in order
 */
record SourceRead(Path file, Path readable, ExtractFile spec, List<String> columns) implements AutoCloseable {

    static SourceRead open(Path file, ExtractFile spec, Path mappingFile) {
        CsvDialect dialect = spec.dialect();
        Path readable = dialect.isUtf8() ? file : Utf8Copy.of(file, dialect.encoding());
        try {
            List<String> columns = dialect.header() ? header(file, readable, dialect) : dialect.columnNames();
            SourceRead source = new SourceRead(file, readable, spec, columns);
            source.checkColumns(mappingFile);
            return source;
        } catch (RuntimeException e) {
            if (!readable.equals(file)) {
                Utf8Copy.delete(readable);
            }
            throw e;
        }
    }

    /** The 0-based position of a column the mapping names (checked on opening). */
    int position(String column) {
        return columns.indexOf(column);
    }

    CsvReader.CsvReaderBuilder reader() {
        return CsvReader.builder().fieldSeparator(spec.dialect().delimiter()).quoteCharacter(spec.dialect().quote())
                .skipEmptyLines(columns.size() > 1).allowExtraFields(true).allowMissingFields(true);
    }

    private void checkColumns(Path mappingFile) {
        for (TableMapping table : spec.tables()) {
            for (SourceColumn column : table.sourceColumns()) {
                int first = columns.indexOf(column.name());
                if (first < 0) {
                    throw new MappingInvalid(mappingFile, column.line(), "column '" + column.name() + "' is not in "
                            + file.getFileName() + (spec.dialect().header() ? "'s header" : "'s column-names")
                            + "; its columns: " + String.join(", ", columns));
                }
                if (columns.lastIndexOf(column.name()) != first) {
                    throw new ImportRejected(file, 1, "column '" + column.name() + "' appears twice in the header");
                }
            }
        }
    }

    private static List<String> header(Path file, Path readable, CsvDialect dialect) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(dialect.delimiter())
                .quoteCharacter(dialect.quote()).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(SourceFiles.open(readable), StandardCharsets.UTF_8))) {
            Iterator<CsvRecord> rows = reader.iterator();
            if (!rows.hasNext()) {
                throw new ImportRejected(file, "the file is empty; the mapping says it has a header row");
            }
            List<String> names = new ArrayList<>();
            for (String name : rows.next().getFields()) {
                names.add(name.replace("\uFEFF", "").strip());
            }
            return names;
        } catch (IOException e) {
            throw new ImportRejected(file, "the file cannot be read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new ImportRejected(file, "the file cannot be read (" + e.getCause().getMessage() + ")");
        }
    }

    @Override
    public void close() {
        if (!readable.equals(file)) {
            Utf8Copy.delete(readable);
        }
    }
}
