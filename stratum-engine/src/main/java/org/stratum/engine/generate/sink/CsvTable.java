package org.stratum.engine.generate.sink;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratum.engine.warehouse.WarehouseSchema;
import org.stratum.engine.warehouse.WarehouseSchema.Column;

/**
 * One table of the Stratum CSV layout being written for a block: rows are filled by column name,
 * in the warehouse's column order, so the files always match the schema they are loaded into.
 */
final class CsvTable {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String table;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final CsvWriter writer;
    private final String[] row;
    private long rows;

    CsvTable(String table) {
        this.table = table;
        this.columns = WarehouseSchema.columns(table).stream().map(Column::name).filter(c -> !c.equals("source")).toList();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.row = new String[columns.size()];
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        Arrays.fill(row, "");
    }

    String fileName() {
        return table + ".csv";
    }

    byte[] header() {
        return (String.join(",", columns) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    CsvTable set(String column, Object value) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("Table " + table + " has no column " + column);
        }
        row[i] = format(value);
        return this;
    }

    void endRow() {
        writer.writeRecord(row);
        Arrays.fill(row, "");
        rows++;
    }

    long rows() {
        return rows;
    }

    byte[] toBytes() {
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime time) {
            return TIMESTAMP.format(time);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Double number) {
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString(number.longValue())
                    : number.toString();
        }
        return value.toString();
    }
}
