package org.stratum.engine.ingest.mapping;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The rows of one source file as DuckDB reads them: every column as text, named c0, c1… by position,
 * and {@code rn}, the row's 1-based number in file order. A file that feeds several tables, or whose
 * rows have problems to report, is read once into a temporary table (only the columns the mapping
 * uses) rather than parsed again for each query.
 */
final class SourceRows {
    private final SourceRead source;
    private final String stagedTable;
    private boolean staged;

    SourceRows(SourceRead source, int index) {
        this.source = source;
        this.stagedTable = "mapping_source_" + index;
    }

    SourceRead source() {
        return source;
    }

    int position(String column) {
        return source.position(column);
    }

    /** The rows, numbered or not (numbering costs a little, and only reports need it). */
    Sql scan(boolean numbered) {
        if (staged) {
            return new Sql().text("SELECT * FROM " + stagedTable);
        }
        return readCsv(numbered ? "row_number() OVER ()" : "0::BIGINT", "*");
    }

    /** Reads the file into a temporary table when more than one table mapping reads it. */
    void stageIfReadOften(Connection sql) throws SQLException {
        if (source.spec().tables().size() > 1) {
            stage(sql);
        }
    }

    /**
     * Reads the file into a temporary table, numbered: done when rows must be reported, since numbering
     * rows as the file is parsed keeps DuckDB to one thread, and the staged rows are read in parallel.
     */
    void stage(Connection sql) throws SQLException {
        if (staged) {
            return;
        }
        SortedSet<Integer> used = new TreeSet<>();
        source.spec().tables().forEach(t -> t.sourceColumns().forEach(c -> used.add(position(c.name()))));
        String columns = used.isEmpty() ? "c0" : used.stream().map(i -> "c" + i).collect(Collectors.joining(", "));
        new Sql().text("CREATE OR REPLACE TEMP TABLE " + stagedTable + " AS ")
                .add(readCsv("row_number() OVER ()", columns)).update(sql);
        staged = true;
    }

    void drop(Connection sql) throws SQLException {
        if (staged) {
            new Sql().text("DROP TABLE IF EXISTS " + stagedTable).update(sql);
            staged = false;
        }
    }

    // row_number() over the scan alone is a streaming window: DuckDB numbers the rows in file order.
    private Sql readCsv(String number, String columns) {
        CsvDialect dialect = source.spec().dialect();
        String quote = String.valueOf(dialect.quote());
        String types = IntStream.range(0, source.columns().size()).mapToObj(i -> "'c" + i + "': 'VARCHAR'")
                .collect(Collectors.joining(", "));
        return new Sql().text("SELECT " + number + " AS rn, " + columns + " FROM read_csv(")
                .param(source.readable().toString()).text(", header = ").param(dialect.header())
                .text(", delim = ").param(String.valueOf(dialect.delimiter())).text(", quote = ").param(quote)
                .text(", escape = ").param(quote)
                .text(", auto_detect = false, compression = 'auto', nullstr = '', columns = {" + types + "})");
    }
}
