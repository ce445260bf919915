package org.stratum.engine.real.bisg;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one of the user's CSV tables row by row with FastCSV, checking the header names the columns
 * the method needs, and turns every problem into a {@link BisgTableRejected} naming line and column.
 */
final class TableFile {
    private final Path file;
    private final List<String> required;

    TableFile(Path file, List<String> required) {
        this.file = file;
        this.required = required;
    }

    void forEachRow(Consumer<Row> action) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BisgTableRejected(file, 0, null, "no readable file there");
        }
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            boolean first = true;
            for (NamedCsvRecord record : reader) {
                if (first) {
                    List<String> missing = required.stream().filter(c -> !record.getHeader().contains(c)).toList();
                    if (!missing.isEmpty()) {
                        throw new BisgTableRejected(file, 1, String.join(", ", missing),
                                "missing from the header (expected columns: " + String.join(",", required) + ")");
                    }
                    first = false;
                }
                action.accept(new Row(record));
            }
            if (first) {
                throw new BisgTableRejected(file, 0, null, "the file has no data rows");
            }
        } catch (CsvParseException e) {
            throw new BisgTableRejected(file, 0, null, "not a valid CSV file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BisgTableRejected(file, 0, null, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** One data row; its getters reject the file at this row when a value is unusable. */
    final class Row {
        private final NamedCsvRecord record;

        private Row(NamedCsvRecord record) {
            this.record = record;
        }

        String text(String column) {
            return record.getField(column).strip();
        }

        /** A number of zero or more; {@code null} for the Census's suppressed-cell marker when allowed. */
        Double number(String column, boolean suppressedAllowed) {
            String value = text(column);
            if (suppressedAllowed && value.equals("(S)")) {
                return null;
            }
            try {
                double number = Double.parseDouble(value);
                if (number >= 0 && !Double.isInfinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below with the value
            }
            throw reject(column, "'" + value + "' is not a number of zero or more"
                    + (suppressedAllowed ? " nor (S)" : ""));
        }

        BisgTableRejected reject(String column, String reason) {
            return new BisgTableRejected(file, record.getStartingLineNumber(), column, reason);
        }
    }
}
