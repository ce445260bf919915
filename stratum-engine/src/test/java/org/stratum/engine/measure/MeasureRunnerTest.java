package org.stratum.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;

/** Measure runs over a synthetic population in a real DuckDB warehouse. */
class MeasureRunnerTest {
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();
    private static final MeasureDefinition CMS165 = LIBRARY.require("CMS165");

    @BeforeAll
    static void loadPopulation() {
        warehouse = SyntheticWarehouse.withPatients(temp, 600);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void aTrendOfTwentyFourPeriodsInOneRunEqualsTwentyFourSeparateRuns() {
        List<MeasurementPeriod> trend = MeasurementPeriod.rollingTwelveMonths(YearMonth.of(2025, 12), 24);
        MeasureRun together = new MeasureRunner(warehouse, LIBRARY).run(List.of(CMS165), trend, RunListener.SILENT);
        List<GroupCounts> jointly = together.outcomes().get(0).counts();

        List<GroupCounts> separately = new ArrayList<>();
        for (MeasurementPeriod period : trend) {
            separately.addAll(new MeasureRunner(warehouse, LIBRARY).run(List.of(CMS165), List.of(period), RunListener.SILENT)
                    .outcomes().get(0).counts());
        }

        assertThat(jointly).hasSize(24).isEqualTo(separately);
        assertThat(jointly).allSatisfy(c -> assertThat(c.denominator()).isPositive());
    }

    /** The demo population is useful only if every measure it can reach has patients on both sides. */
    @Test
    void everyMeasureGroupWithEnoughPatientsHasSomeMeetingItAndSomeNot() {
        MeasureRun run = new MeasureRunner(warehouse, LIBRARY).run(LIBRARY.measures(),
                List.of(MeasurementPeriod.calendarYear(2025)), RunListener.SILENT);

        List<String> checked = new ArrayList<>();
        for (MeasureOutcome outcome : run.outcomes()) {
            assertThat(outcome.computed()).as(outcome.measure().id()).isTrue();
            for (GroupCounts group : outcome.counts()) {
                long eligible = group.denominator() - group.denominatorExclusion() - group.denominatorException();
                if (eligible >= 20) {
                    assertThat(group.numerator()).as("%s group %s", outcome.measure().id(), group.groupId())
                            .isPositive().isLessThan(eligible);
                    checked.add(outcome.measure().id() + "/" + group.groupId());
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(LIBRARY.measures().size());
    }

    @Test
    void runningAgainReplacesTheResultsInsteadOfAddingToThem() throws SQLException {
        MeasurementPeriod year = MeasurementPeriod.calendarYear(2025);
        new MeasureRunner(warehouse, LIBRARY).run(List.of(CMS165), List.of(year), RunListener.SILENT);
        long first = count("SELECT count(*) FROM measure_result WHERE measure_id = 'controlling-high-blood-pressure'"
                + " AND period_start = DATE '2025-01-01' AND period_end = DATE '2025-12-31'");

        new MeasureRunner(warehouse, LIBRARY).run(List.of(CMS165), List.of(year), RunListener.SILENT);

        assertThat(first).isPositive();
        assertThat(count("SELECT count(*) FROM measure_result WHERE measure_id = 'controlling-high-blood-pressure'"
                + " AND period_start = DATE '2025-01-01' AND period_end = DATE '2025-12-31'")).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM measure_run WHERE measure_id = 'controlling-high-blood-pressure'"
                + " AND period_start = DATE '2025-01-01' AND codes = 'demo' AND outcome = 'computed'")).isEqualTo(1);
    }

    @Test
    void resultsCarryTheSiteClinicianAndPayerOfThePeriod() throws SQLException {
        new MeasureRunner(warehouse, LIBRARY).run(List.of(CMS165), List.of(MeasurementPeriod.calendarYear(2025)),
                RunListener.SILENT);

        assertThat(count("SELECT count(*) FROM measure_result WHERE measure_id = 'controlling-high-blood-pressure'"
                + " AND period_end = DATE '2025-12-31' AND site_id IS NULL")).isZero();
        assertThat(count("SELECT count(DISTINCT payer_type) FROM measure_result WHERE period_end = DATE '2025-12-31'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNumeratorNeverHoldsAnExcludedPatient() throws SQLException {
        new MeasureRunner(warehouse, LIBRARY).run(LIBRARY.measures(), List.of(MeasurementPeriod.calendarYear(2025)),
                RunListener.SILENT);

        assertThat(count("SELECT count(*) FROM measure_result WHERE numerator AND (denominator_exclusion OR NOT denominator)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM measure_result WHERE denominator_exception AND (numerator OR denominator_exclusion)"))
                .isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
