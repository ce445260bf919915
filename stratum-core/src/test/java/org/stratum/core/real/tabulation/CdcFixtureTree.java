package org.stratum.core.real.tabulation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.stratum.core.ReferenceFixtures;

/**
 * The complete CDC Race &amp; Ethnicity tree read from the reference fixture
 * {@code real/cdc-rec/cdc-race-ethnicity-flat.csv}; skips the test when the fixtures are absent.
 * (The product will load the same tree from HAPI FHIR's validation resources.)
 */
final class CdcFixtureTree {
    private CdcFixtureTree() {
    }

    static CdcCodeTree load() {
        Path csv = ReferenceFixtures.require("real").resolve("cdc-rec/cdc-race-ethnicity-flat.csv");
        Map<String, String> parents = new HashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord row : reader) {
                String parent = row.getField("parent_code");
                parents.put(row.getField("code"), parent.isBlank() ? null : parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CdcCodeTree(parents);
    }
}
