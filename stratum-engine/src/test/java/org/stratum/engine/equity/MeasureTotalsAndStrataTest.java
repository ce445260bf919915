package org.stratum.engine.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.measure.SyntheticWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/** What the measure pages read from the warehouse, checked against plain SQL over measure_result. */
class MeasureTotalsAndStrataTest {
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    private static final MeasurementPeriod TO_NOVEMBER = MeasurementPeriod.twelveMonthsEnding(YearMonth.of(2025, 11));
    private static final List<MeasureDefinition> MEASURES = List.of(LIBRARY.require("CMS165"), LIBRARY.require("CMS138"));
    private static final String ELIGIBLE = " AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception";

    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    @BeforeAll
    static void measure() {
        warehouse = SyntheticWarehouse.withPatients(temp, 1500, 23);
        new MeasureRunner(warehouse, LIBRARY).run(MEASURES, List.of(YEAR, TO_NOVEMBER), RunListener.SILENT);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void computedPeriodsComeLatestFirstWithTheMeasuresComputedForThem() {
        WarehouseMeasureTotals totals = new WarehouseMeasureTotals(warehouse);

        assertThat(totals.computedPeriods()).containsExactly(YEAR, TO_NOVEMBER);
        assertThat(totals.computedMeasures(YEAR)).containsExactlyInAnyOrder("controlling-high-blood-pressure",
                "tobacco-screening-and-cessation");
        assertThat(totals.computedMeasures(MeasurementPeriod.calendarYear(2024))).isEmpty();
    }

    @Test
    void totalsAreTheEligibleTheMetAndTheSelfReportedAsPlainSqlCountsThem() throws SQLException {
        List<MeasureTotal> totals = new WarehouseMeasureTotals(warehouse).totals(YEAR);

        assertThat(totals).hasSize(1 + 3); // CMS165 has one group, CMS138 three
        for (MeasureTotal total : totals) {
            List<Long> expected = numbers("""
                    SELECT count(*), count(*) FILTER (WHERE r.numerator),
                           count(*) FILTER (WHERE r.patient_id IN (SELECT patient_id FROM patient_race_ethnicity
                               WHERE reporting_source = 'self-reported' AND response = 'answered'))
                    FROM measure_result r WHERE r.measure_id = ? AND r.group_id = ?
                      AND r.period_start = DATE '2025-01-01' AND r.period_end = DATE '2025-12-31'""" + ELIGIBLE,
                    total.measureId(), total.groupId());
            assertThat(List.of(total.eligible(), total.met(), total.selfReported())).isEqualTo(expected);
            assertThat(total.selfReported()).isPositive().isLessThan(total.eligible());
        }
    }

    @Test
    void strataBySexAndByInterpreterNeedAreThePatientsValuesAsPlainSqlCountsThem() throws SQLException {
        MeasureStrata strata = new WarehouseMeasureStrata(warehouse);
        Map<String, String> sql = Map.of("sex", "coalesce(p.sex, 'unknown')", "interpreter",
                "CASE p.interpreter_needed WHEN 'yes' THEN 'Needs an interpreter' WHEN 'no' THEN 'No interpreter needed'"
                        + " ELSE 'Interpreter need unknown' END");
        for (StratifyingDimension dimension : List.of(StratifyingDimension.SEX, StratifyingDimension.INTERPRETER)) {
            List<GroupCount> counted = strata.count(MEASURES.get(0), YEAR, dimension).get("1");
            Map<String, List<Long>> expected = new HashMap<>();
            try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(
                    "SELECT " + sql.get(dimension.parameter()) + ", count(*) FILTER (WHERE r.numerator), count(*)"
                            + " FROM measure_result r JOIN patient p USING (patient_id) WHERE r.measure_id = ?"
                            + " AND r.period_start = DATE '2025-01-01' AND r.period_end = DATE '2025-12-31'" + ELIGIBLE
                            + " GROUP BY 1");
                 ResultSet rows = bind(query, MEASURES.get(0).id()).executeQuery()) {
                while (rows.next()) {
                    expected.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(3)));
                }
            }
            assertThat(counted).hasSize(expected.size());
            for (GroupCount group : counted) {
                assertThat(List.of(group.numerator(), group.denominator())).as(group.group())
                        .isEqualTo(expected.get(group.group()));
            }
        }
    }

    @Test
    void everyDimensionSplitsTheSameEligiblePatientsAndCountingTogetherEqualsCountingAlone() {
        MeasureStrata strata = new WarehouseMeasureStrata(warehouse);
        List<StratifyingDimension> dimensions = List.of(StratifyingDimension.values());
        Map<MeasureStrata.Key, List<GroupCount>> together = strata.countAll(MEASURES, YEAR, dimensions);
        Map<String, MeasureTotal> totals = new HashMap<>();
        new WarehouseMeasureTotals(warehouse).totals(YEAR).forEach(t -> totals.put(t.measureId() + "/" + t.groupId(), t));

        assertThat(together).hasSize(4 * dimensions.size());
        together.forEach((key, groups) -> {
            MeasureTotal total = totals.get(key.measureId() + "/" + key.groupId());
            assertThat(groups.stream().mapToLong(GroupCount::denominator).sum()).as(key.toString()).isEqualTo(total.eligible());
            assertThat(groups.stream().mapToLong(GroupCount::numerator).sum()).as(key.toString()).isEqualTo(total.met());
        });
        MeasureDefinition tobacco = MEASURES.get(1);
        assertThat(strata.count(tobacco, YEAR, StratifyingDimension.RACE_1997).get("2"))
                .isEqualTo(together.get(new MeasureStrata.Key(tobacco.id(), "2", StratifyingDimension.RACE_1997)));
    }

    private static List<Long> numbers(String sql, String... parameters) throws SQLException {
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = bind(query, parameters).executeQuery()) {
            rows.next();
            List<Long> numbers = new ArrayList<>();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                numbers.add(rows.getLong(c));
            }
            return numbers;
        }
    }

    private static PreparedStatement bind(PreparedStatement query, String... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            query.setString(i + 1, parameters[i]);
        }
        return query;
    }
}
