package org.stratum.core.equity.rate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in standard populations, read once from {@code standard-populations.csv} beside this class. */
final class StandardPopulationTable {

    private static final String RESOURCE = "standard-populations.csv";
    private static final Map<String, StandardPopulation> BUILT_IN = read();

    static final StandardPopulation ESP2013 = builtIn("ESP2013");
    static final StandardPopulation US2000 = builtIn("US2000");

    private StandardPopulationTable() {
    }

    private static StandardPopulation builtIn(String name) {
        StandardPopulation standard = BUILT_IN.get(name);
        if (standard == null) {
            throw new IllegalStateException(RESOURCE + " has no standard population " + name);
        }
        return standard;
    }

    private static Map<String, StandardPopulation> read() {
        Map<String, List<StandardAgeBand>> bands = new LinkedHashMap<>();
        InputStream in = StandardPopulationTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE + " next to "
                    + StandardPopulationTable.class.getName());
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord row : csv) {
                String toAge = row.getField("to_age");
                bands.computeIfAbsent(row.getField("standard"), k -> new ArrayList<>()).add(new StandardAgeBand(
                        row.getField("band"), Integer.parseInt(row.getField("from_age")),
                        toAge.isBlank() ? StandardAgeBand.OPEN : Integer.parseInt(toAge),
                        Double.parseDouble(row.getField("weight"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, StandardPopulation> standards = new LinkedHashMap<>();
        bands.forEach((name, list) -> standards.put(name, StandardPopulation.of(name, list)));
        return standards;
    }
}
