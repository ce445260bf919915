package org.stratum.app.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stratum.engine.warehouse.WarehouseSummary;

class DataLoadedTests {

    @Test
    void emptyWarehouseHasNothingImported() {
        DataLoaded data = DataLoaded.of(WarehouseSummary.empty(), ZoneId.of("UTC"));

        assertThat(data.nothingImported()).isTrue();
        assertThat(data.patients()).isZero();
        assertThat(data.records()).isZero();
    }

    @Test
    void lastImportFinishesInTheServersZoneAndTablesAreSortedByName() {
        WarehouseSummary summary = new WarehouseSummary(10_000, Map.of("observation", 5L, "condition", 7L),
                Optional.of(new WarehouseSummary.LastImport("clinic-a", "csv", Instant.parse("2026-01-31T23:30:00Z"), 12, 0)));

        DataLoaded data = DataLoaded.of(summary, ZoneId.of("America/Los_Angeles"));

        assertThat(data.nothingImported()).isFalse();
        assertThat(data.records()).isEqualTo(12);
        assertThat(data.recordsByTable().keySet()).containsExactly("condition", "observation");
        assertThat(data.lastImport().finishedAt().toLocalDate()).hasToString("2026-01-31");
        assertThat(data.lastImport().finishedAt().getHour()).isEqualTo(15);
    }
}
