package org.stratum.engine.ingest.mapping;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The line each of some rows starts on. DuckDB numbers rows, not lines: a quoted field may hold line
 * breaks and blank lines are passed over. So when rows are to be reported, the file is read once more
 * (FastCSV, same dialect) and each wanted row's starting line noted. Only files with problems pay this.
 */
final class LineNumbers {
    private final long[] rows;
    private final long[] lines;

    private LineNumbers(long[] rows, long[] lines) {
        this.rows = rows;
        this.lines = lines;
    }

    /** The starting lines of the given 1-based rows, sorted ascending without repeats. */
    static LineNumbers of(SourceRead source, long[] sortedRows) {
        long[] lines = new long[sortedRows.length];
        try (CsvReader<CsvRecord> reader = source.reader()
                .ofCsvRecord(new InputStreamReader(SourceFiles.open(source.readable()), StandardCharsets.UTF_8))) {
            long row = source.spec().dialect().header() ? -1 : 0;
            int next = 0;
            for (CsvRecord record : reader) {
                row++;
                while (next < sortedRows.length && sortedRows[next] == row) {
                    lines[next++] = record.getStartingLineNumber();
                }
                if (next == sortedRows.length) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.file() + " again to number its lines", e);
        }
        return new LineNumbers(sortedRows, lines);
    }

    /** The line a row starts on, or 0 when it was not asked for. */
    long line(long row) {
        int at = Arrays.binarySearch(rows, row);
        return at >= 0 ? lines[at] : 0;
    }
}
