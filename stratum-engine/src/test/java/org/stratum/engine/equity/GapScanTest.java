package org.stratum.engine.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.equity.decomposition.StratumCount;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.equity.gaps.GroupTally;
import org.stratum.core.equity.gaps.Stratification;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.measure.SyntheticWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/** The counts a gap scan reads from the warehouse, checked against plain SQL over the same tables. */
class GapScanTest {
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    /** The SQL for a slice's filter, over measure_result r and patient p. */
    private static final Map<String, String> FILTERS = Map.of("none", "'all'", "site", "r.site_id",
            "clinician", "r.clinician_id", "payer", "r.payer_type", "sex", "p.sex");
    /** The SQL for a dimension's stored value, and how its group labels read it back. */
    private static final Map<String, String> DIMENSIONS = Map.of(
            "interpreter need", "CASE WHEN p.interpreter_needed IN ('yes', 'no') THEN p.interpreter_needed ELSE 'unknown' END",
            "preferred language", "coalesce(p.preferred_language, 'unknown')");

    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static GapScan.Counts counts;

    @BeforeAll
    static void count() {
        warehouse = SyntheticWarehouse.withPatients(temp, 3000, 11);
        new MeasureRunner(warehouse, LIBRARY).run(LIBRARY.measures(), List.of(YEAR), RunListener.SILENT);
        counts = new GapScan(warehouse).count(LIBRARY.measures(), YEAR);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyGroupCountsThePatientsOfItsSliceAsTheMeasureResultsHoldThem() throws SQLException {
        int checked = 0;
        for (Stratification stratification : counts.stratifications()) {
            String filter = FILTERS.get(stratification.slice().filter());
            String dimension = DIMENSIONS.get(stratification.dimension());
            if (filter == null || dimension == null) {
                continue;
            }
            Map<String, long[]> expected = expected(stratification.measure().id(), filter, dimension,
                    stratification.slice().value());
            for (GroupTally group : stratification.groups()) {
                assertThat(new long[] {group.numerator(), group.denominator()})
                        .as("%s, %s, %s", stratification.measure().id(), stratification.slice(), group.group())
                        .containsExactly(expected.remove(storedValue(group.group())));
            }
            assertThat(expected).as("groups the scan missed").isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void everyPatientWithAResultIsInARaceAndEthnicityStratumWhetherTheyAnsweredOrNot() throws SQLException {
        List<Stratification> everyone = counts.stratifications().stream()
                .filter(s -> s.slice().isEveryone() && s.dimension().startsWith("race and ethnicity")).toList();

        assertThat(everyone).hasSize(2 * computedGroups());
        for (Stratification stratification : everyone) {
            long eligible = stratification.groups().stream().mapToLong(GroupTally::denominator).sum();
            assertThat(eligible).as(stratification.measure().id() + " " + stratification.dimension())
                    .isEqualTo(expected(stratification.measure().id(), "'all'", "'all'", "all").get("all")[1]);
            assertThat(stratification.groups()).extracting(GroupTally::group)
                    .anySatisfy(label -> assertThat(label).containsIgnoringCase("unknown"));
        }
    }

    @Test
    void eachBreakdownAddsUpToItsGroup() {
        for (Stratification stratification : counts.stratifications()) {
            for (GroupTally group : stratification.groups()) {
                assertThat(group.breakdowns()).containsOnlyKeys("site", "payer");
                for (List<StratumCount> strata : group.breakdowns().values()) {
                    assertThat(strata.stream().mapToDouble(StratumCount::denominator).sum())
                            .isEqualTo((double) group.denominator());
                }
            }
        }
    }

    @Test
    void measuresNotComputedForThePeriodAreNamedNotScanned() {
        MeasureDefinition cms165 = LIBRARY.require("CMS165");

        GapScanResult earlier = new GapScan(warehouse).scan(List.of(cms165), MeasurementPeriod.calendarYear(2024),
                GapCriteria.defaults());

        assertThat(earlier.scanned()).isEmpty();
        assertThat(earlier.notComputed()).containsExactly(cms165);
        assertThat(earlier.findings().comparisons()).isZero();
    }

    /** How many population groups, over all measures, have results for the year. */
    private static int computedGroups() throws SQLException {
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT count(DISTINCT (measure_id, group_id)) FROM measure_result
                WHERE period_start = DATE '2025-01-01' AND period_end = DATE '2025-12-31'""");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * {met, eligible} by the dimension's stored value, among the eligible patients in the slice. A scanned
     * id is the measure's id, with "/group" appended when the measure has several groups.
     */
    private static Map<String, long[]> expected(String scannedId, String filter, String dimension, String value)
            throws SQLException {
        String[] measureAndGroup = scannedId.split("/", 2);
        Map<String, long[]> counts = new HashMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT %s AS value, count(*) FILTER (WHERE r.numerator), count(*)
                FROM measure_result r JOIN patient p USING (patient_id)
                WHERE r.measure_id = ? AND (? IS NULL OR r.group_id = ?)
                  AND r.period_start = DATE '2025-01-01' AND r.period_end = DATE '2025-12-31'
                  AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception AND %s = ?
                GROUP BY value""".formatted(dimension, filter))) {
            String group = measureAndGroup.length == 2 ? measureAndGroup[1] : null;
            query.setString(1, measureAndGroup[0]);
            query.setString(2, group);
            query.setString(3, group);
            query.setString(4, value);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
        }
        return counts;
    }

    /** The stored value behind a group's label: "Spanish (es)" is es, "Needs an interpreter" is yes. */
    private static String storedValue(String label) {
        return switch (label) {
            case "Needs an interpreter" -> "yes";
            case "No interpreter needed" -> "no";
            case "Interpreter need unknown", "Language unknown" -> "unknown";
            default -> label.substring(label.lastIndexOf('(') + 1, label.length() - 1);
        };
    }
}
