package org.stratum.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.measure.ValueSetReference;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A warehouse with loaded value sets uses only those: a measure whose value sets are not loaded is
 * not computed and says which are missing, instead of computing zeros.
 */
class ValueSetAvailabilityTest {
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();

    @Test
    void aMeasureWhoseValueSetsAreNotLoadedSaysSoAndWritesNoResults() throws Exception {
        MeasureDefinition cms165 = LIBRARY.require("CMS165");
        try (Warehouse warehouse = Warehouse.inMemory()) {
            try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO valueset_code VALUES ('2.16.840.1.113883.3.464.1003.104.12.1011', 'test',"
                        + " 'Essential Hypertension', NULL, 'http://snomed.info/sct', '59621000', NULL)");
            }
            MeasureRun run = new MeasureRunner(warehouse, LIBRARY).run(List.of(cms165),
                    List.of(MeasurementPeriod.calendarYear(2025)), RunListener.SILENT);

            MeasureOutcome outcome = run.outcomes().get(0);
            assertThat(run.codes()).isEqualTo(CodeSource.LOADED);
            assertThat(outcome.computed()).isFalse();
            assertThat(outcome.missing()).extracting(ValueSetReference::oid)
                    .contains("2.16.840.1.113883.3.464.1003.101.12.1001")
                    .doesNotContain("2.16.840.1.113883.3.464.1003.104.12.1011");
            assertThat(outcome.missingExplained()).contains("Office Visit (2.16.840.1.113883.3.464.1003.101.12.1001)")
                    .contains("stratum valuesets import");
            try (Connection c = warehouse.connect(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT (SELECT count(*) FROM measure_result),"
                         + " (SELECT outcome FROM measure_run), (SELECT detail FROM measure_run)")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
                assertThat(rows.getString(2)).isEqualTo("not computed");
                assertThat(rows.getString(3)).contains("Office Visit");
            }
        }
    }

    @Test
    void resultsComputedBeforeValueSetsWentMissingAreRemovedNotLeftStale(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path temp) throws Exception {
        MeasureDefinition cms165 = LIBRARY.require("CMS165");
        List<MeasurementPeriod> year = List.of(MeasurementPeriod.calendarYear(2025));
        try (Warehouse warehouse = SyntheticWarehouse.withPatients(temp, 200)) {
            new MeasureRunner(warehouse, LIBRARY).run(List.of(cms165), year, RunListener.SILENT);
            try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO valueset_code VALUES ('2.16.840.1.113883.3.464.1003.104.12.1011', 'test',"
                        + " 'Essential Hypertension', NULL, 'http://snomed.info/sct', '59621000', NULL)");
            }

            new MeasureRunner(warehouse, LIBRARY).run(List.of(cms165), year, RunListener.SILENT);

            try (Connection c = warehouse.connect(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT (SELECT count(*) FROM measure_result),"
                         + " (SELECT string_agg(outcome, ',') FROM measure_run)")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
                assertThat(rows.getString(2)).isEqualTo("not computed");
            }
        }
    }

    @Test
    void withNoValueSetsLoadedTheDemoListsStandInAndSaySo() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            MeasureRunner runner = new MeasureRunner(warehouse, LIBRARY);

            MeasureRunner.CodeAvailability codes = runner.codeAvailability(LIBRARY.require("CMS165"));

            assertThat(codes.source()).isEqualTo(CodeSource.DEMO);
            assertThat(codes.missing()).isEmpty();
            assertThat(codes.source().label()).contains("stand-in");
        }
    }
}
