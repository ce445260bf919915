package org.stratum.engine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.Importer.ImportOutcome;
import org.stratum.engine.warehouse.Warehouse;

/** Expanded FHIR ValueSets (the format VSAC exports) load into the warehouse's value-set table. */
class ValueSetImportTest {

    @Test
    void everyExpansionOfTheReferenceValueSetsLoadsCodeForCode() throws Exception {
        Path folder = Path.of(System.getProperty("stratum.fixtures", "../../shared/fixtures")).resolve("ecqm-2024/valuesets");
        assumeTrue(Files.isDirectory(folder), "value-set fixtures not found at " + folder + ", skipping");
        try (Warehouse warehouse = Warehouse.inMemory()) {
            ImportOutcome outcome = Importer.withBuiltInFormats().run(warehouse, new ImportRequest("vsac", FhirFormat.NAME,
                    List.of(folder), false, "test"));
            assertThat(outcome.rejects()).isEmpty();

            ObjectMapper json = new ObjectMapper();
            int checked = 0;
            try (Stream<Path> files = Files.list(folder); Connection sql = warehouse.connect();
                 PreparedStatement count = sql.prepareStatement(
                         "SELECT count(DISTINCT system || '|' || code) FROM valueset_code WHERE oid = ?")) {
                for (Path file : files.sorted().toList()) {
                    JsonNode valueSet = json.readTree(file.toFile());
                    JsonNode contains = valueSet.path("expansion").path("contains");
                    if (contains.isEmpty()) {
                        continue;
                    }
                    count.setString(1, valueSet.path("id").asText());
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        long distinct = json.convertValue(contains, List.class).stream().map(c -> ((java.util.Map<?, ?>) c)
                                .get("system") + "|" + ((java.util.Map<?, ?>) c).get("code")).distinct().count();
                        assertThat(rows.getLong(1)).as(file.getFileName().toString()).isEqualTo(distinct);
                    }
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(725);
        }
    }
}
