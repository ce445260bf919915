package org.stratum.engine.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/** Stratified views by two dimensions and any filters, each count checked against plain SQL over the warehouse. */
class StrataQueryTest {
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    private static final MeasureDefinition BLOOD_PRESSURE = LIBRARY.require("CMS165");
    /** Plain SQL for the eligible patients of CMS165 in 2025, with their patient row and area. */
    private static final String ELIGIBLE = """
            FROM measure_result r LEFT JOIN patient p USING (patient_id)
            LEFT JOIN (SELECT zip, max(deprivation_quintile) AS quintile FROM area GROUP BY zip) a ON a.zip = p.zip
            WHERE r.measure_id = 'controlling-high-blood-pressure' AND r.group_id = '1'
              AND r.period_start = DATE '2025-01-01' AND r.period_end = DATE '2025-12-31'
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception""";
    private static final String QUINTILE = "coalesce(CAST(a.quintile AS VARCHAR), 'unknown')";
    private static final String CLINICIAN = "coalesce(r.clinician_id, 'unattributed')";
    private static final String SITE = "coalesce(r.site_id, 'unattributed')";

    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static StrataQuery query;

    @BeforeAll
    static void measure() {
        warehouse = SyntheticWarehouse.withPatients(temp, 1500, 29);
        new MeasureRunner(warehouse, LIBRARY).run(List.of(BLOOD_PRESSURE), List.of(YEAR), RunListener.SILENT);
        query = new StrataQuery(warehouse);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static StrataRequest view(List<StratifyingDimension> by, Map<StratifyingDimension, Set<String>> filters) {
        return new StrataRequest(BLOOD_PRESSURE.id(), "1", YEAR, by, filters);
    }

    @Test
    void clinicianByDeprivationQuintileAreTheCountsPlainSqlFinds() throws SQLException {
        List<Stratum> strata = query.count(view(List.of(StratifyingDimension.CLINICIAN,
                StratifyingDimension.DEPRIVATION_QUINTILE), Map.of()));

        Map<String, List<Long>> expected = expected("SELECT " + CLINICIAN + ", " + QUINTILE
                + ", count(*), count(*) FILTER (WHERE r.numerator) " + ELIGIBLE + " GROUP BY ALL");
        assertThat(strata).hasSize(expected.size());
        assertThat(strata.stream().map(s -> s.key().get(1)).distinct().count()).isGreaterThan(2);
        strata.forEach(s -> assertThat(List.of(s.eligible(), s.met())).as(s.label())
                .isEqualTo(expected.get(String.join("|", s.key()))));
    }

    @Test
    void filtersOnDifferentDimensionsAreAndedAndValuesOfOneDimensionOred() throws SQLException {
        List<String> quintiles = List.of("1", "2");
        Map<String, List<Long>> expected = expected("SELECT " + SITE + ", p.sex, count(*), count(*) FILTER (WHERE r.numerator) "
                + ELIGIBLE + " AND " + QUINTILE + " IN ('1', '2') AND coalesce(p.sex, 'unknown') = 'female' GROUP BY ALL");

        List<Stratum> strata = query.count(view(List.of(StratifyingDimension.SITE, StratifyingDimension.SEX),
                Map.of(StratifyingDimension.DEPRIVATION_QUINTILE, Set.copyOf(quintiles),
                        StratifyingDimension.SEX, Set.of("female"))));

        assertThat(strata).isNotEmpty().hasSize(expected.size());
        strata.forEach(s -> assertThat(List.of(s.eligible(), s.met())).as(s.label())
                .isEqualTo(expected.get(String.join("|", s.key()))));
        long separately = quintiles.stream().mapToLong(q -> query.count(view(List.of(StratifyingDimension.SITE),
                Map.of(StratifyingDimension.DEPRIVATION_QUINTILE, Set.of(q), StratifyingDimension.SEX, Set.of("female"))))
                .stream().mapToLong(Stratum::eligible).sum()).sum();
        assertThat(strata.stream().mapToLong(Stratum::eligible).sum()).isEqualTo(separately);
    }

    @Test
    void socialNeedsAreTheLatestAhcScreeningInThePeriodOrTheYearBefore() throws SQLException {
        Map<String, List<Long>> expected = expected("""
                WITH screening AS (
                    SELECT patient_id, CAST(effective_start AS DATE) AS day,
                           bool_or(value_code IN ('LA28397-0', 'LA6729-3', 'LA31994-9', 'LA31995-6', 'LA33-6')) AS need
                    FROM observation WHERE system = 'http://loinc.org' AND code IN ('88122-7', '71802-3', '93030-5')
                      AND status IN ('final', 'amended', 'corrected')
                      AND CAST(effective_start AS DATE) BETWEEN DATE '2024-01-01' AND DATE '2025-12-31'
                    GROUP BY ALL),
                latest AS (SELECT patient_id, arg_max(need, day) AS need FROM screening GROUP BY patient_id)
                SELECT CASE WHEN l.need IS NULL THEN 'not-screened' WHEN l.need THEN 'need' ELSE 'no-need' END,
                       count(*), count(*) FILTER (WHERE r.numerator)
                """ + ELIGIBLE.replace("LEFT JOIN patient p USING (patient_id)",
                "LEFT JOIN patient p USING (patient_id) LEFT JOIN latest l USING (patient_id)") + " GROUP BY ALL");

        List<Stratum> strata = query.count(view(List.of(StratifyingDimension.SOCIAL_NEEDS), Map.of()));

        assertThat(strata.stream().map(s -> s.key().get(0)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("need", "no-need", "not-screened");
        strata.forEach(s -> assertThat(List.of(s.eligible(), s.met())).as(s.label()).isEqualTo(expected.get(s.key().get(0))));
    }

    @Test
    void raceByTwoDimensionsAddsUpToTheMeasurePagesRaceStrataAndFiltersToOneRace() {
        List<GroupCount> byRace = new WarehouseMeasureStrata(warehouse)
                .count(BLOOD_PRESSURE, YEAR, StratifyingDimension.RACE_2024).get("1");

        List<Stratum> raceBySite = query.count(view(List.of(StratifyingDimension.RACE_2024, StratifyingDimension.SITE),
                Map.of()));

        Map<String, long[]> summed = new HashMap<>();
        raceBySite.forEach(s -> {
            long[] sum = summed.computeIfAbsent(s.key().get(0), k -> new long[2]);
            sum[0] += s.eligible();
            sum[1] += s.met();
        });
        assertThat(summed).hasSize(byRace.size());
        for (GroupCount race : byRace) {
            assertThat(summed.get(race.group())).as(race.group()).containsExactly(race.denominator(), race.numerator());
            List<Stratum> oneRace = query.count(view(List.of(StratifyingDimension.SITE),
                    Map.of(StratifyingDimension.RACE_2024, Set.of(race.group()))));
            assertThat(oneRace.stream().mapToLong(Stratum::eligible).sum()).isEqualTo(race.denominator());
        }
    }

    @Test
    void aFilterValueNoPatientHasIsRefusedNamingTheDimension() {
        assertThatThrownBy(() -> query.count(view(List.of(StratifyingDimension.SEX),
                Map.of(StratifyingDimension.SITE, Set.of("no-such-site")))))
                .isInstanceOf(UnknownDimensionValue.class)
                .hasMessageContaining("'no-such-site' is not a value of site")
                .satisfies(e -> assertThat(((UnknownDimensionValue) e).dimension()).isEqualTo(StratifyingDimension.SITE));
    }

    @Test
    void theKeptDimensionsAreRebuiltWhenTheMeasureIsRunAgain() throws SQLException {
        query.count(view(List.of(StratifyingDimension.SEX), Map.of()));
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM strata_patient WHERE sex = 'female'");
        }
        // A view not counted before reads the damaged table.
        StrataRequest bySexAndLanguage = view(List.of(StratifyingDimension.SEX, StratifyingDimension.LANGUAGE), Map.of());
        assertThat(query.count(bySexAndLanguage).stream().map(s -> s.key().get(0))).doesNotContain("female");

        new MeasureRunner(warehouse, LIBRARY).run(List.of(BLOOD_PRESSURE), List.of(YEAR), RunListener.SILENT);

        assertThat(query.count(bySexAndLanguage).stream().map(s -> s.key().get(0))).contains("female");
    }

    @Test
    void aViewIsCountedOnceUntilAMeasureRunChangesTheWarehouse() throws SQLException {
        StrataRequest byAgeBand = view(List.of(StratifyingDimension.AGE_BAND), Map.of());
        List<Stratum> first = query.count(byAgeBand);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM strata_patient WHERE age_band = '18-44'");
        }

        // The kept view still has every band; a view counted anew has lost one.
        assertThat(first).anyMatch(s -> s.key().get(0).equals("18-44"));
        assertThat(new StrataQuery(warehouse).count(byAgeBand)).isEqualTo(first);
        assertThat(query.count(view(List.of(StratifyingDimension.AGE_BAND, StratifyingDimension.SEX), Map.of())))
                .noneMatch(s -> s.key().get(0).equals("18-44"));

        new MeasureRunner(warehouse, LIBRARY).run(List.of(BLOOD_PRESSURE), List.of(YEAR), RunListener.SILENT);
        assertThat(query.count(byAgeBand)).isEqualTo(first);
    }

    @Test
    void theValuesOfEveryDimensionAreThoseThePatientsHave() throws SQLException {
        Map<StratifyingDimension, Map<String, String>> values = query.values(BLOOD_PRESSURE.id(), "1", YEAR,
                List.of(StratifyingDimension.SITE, StratifyingDimension.DEPRIVATION_QUINTILE));

        assertThat(values.get(StratifyingDimension.SITE).keySet())
                .isEqualTo(expected("SELECT " + SITE + ", 0, 0 " + ELIGIBLE + " GROUP BY ALL").keySet());
        assertThat(values.get(StratifyingDimension.DEPRIVATION_QUINTILE).keySet())
                .isEqualTo(expected("SELECT " + QUINTILE + ", 0, 0 " + ELIGIBLE + " GROUP BY ALL").keySet());
        assertThat(values.get(StratifyingDimension.SITE).values()).doesNotContainNull();
    }

    private static Map<String, List<Long>> expected(String sql) throws SQLException {
        Map<String, List<Long>> expected = new HashMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            int keys = rows.getMetaData().getColumnCount() - 2;
            while (rows.next()) {
                StringBuilder key = new StringBuilder();
                for (int k = 1; k <= keys; k++) {
                    key.append(k > 1 ? "|" : "").append(rows.getString(k));
                }
                expected.put(key.toString(), List.of(rows.getLong(keys + 1), rows.getLong(keys + 2)));
            }
        }
        return expected;
    }
}
