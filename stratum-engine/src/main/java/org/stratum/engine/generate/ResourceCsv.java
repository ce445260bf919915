package org.stratum.engine.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV table bundled with the generator (names, origins) into its rows. */
public final class ResourceCsv {
    private ResourceCsv() {
    }

    public static List<NamedCsvRecord> rows(String resource) {
        try (InputStream in = ResourceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing generator resource " + resource);
            }
            List<NamedCsvRecord> rows = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                    .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.forEach(rows::add);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read generator resource " + resource, e);
        }
    }
}
