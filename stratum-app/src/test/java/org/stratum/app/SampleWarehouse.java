package org.stratum.app;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.engine.warehouse.WarehouseSummary;

/** A warehouse that has had one import: test data for pages that show what is loaded. */
@TestConfiguration(proxyBeanMethods = false)
public class SampleWarehouse {

    public static final WarehouseSummary SUMMARY = new WarehouseSummary(
            12_345,
            Map.of("encounter", 40_000L, "condition", 7_000L, "observation", 20_500L),
            Optional.of(new WarehouseSummary.LastImport(
                    "riverside-ehr", "fhir-ndjson", Instant.parse("2026-03-02T09:30:00Z"), 80_000, 12)));

    // @Primary so these tests keep their fixed data once the application wiring defines its own source.
    @Bean
    @Primary
    WarehouseSummarySource sampleWarehouseSummary() {
        return () -> SUMMARY;
    }
}
