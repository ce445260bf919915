package org.stratum.core.equity.spc;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.stratum.core.ReferenceFixtures;

/** A CSV from {@code shared/fixtures/stats/qicharts2}, as R wrote it (NA for missing, TRUE/FALSE or 1/0). */
record FixtureTable(String name, List<NamedCsvRecord> rows) {

    static FixtureTable read(String file) {
        Path path = ReferenceFixtures.require("stats").resolve("qicharts2").resolve(file);
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(path)) {
            return new FixtureTable(file, csv.stream().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return rows.size();
    }

    String text(int row, String column) {
        return rows.get(row).getField(column);
    }

    double number(int row, String column) {
        String text = text(row, column);
        return "NA".equals(text) ? Double.NaN : Double.parseDouble(text);
    }

    int integer(int row, String column) {
        return (int) number(row, column);
    }

    boolean flag(int row, String column) {
        String text = text(row, column);
        return "TRUE".equals(text) || "1".equals(text);
    }
}
