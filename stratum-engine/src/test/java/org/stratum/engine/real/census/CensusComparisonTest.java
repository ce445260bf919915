package org.stratum.engine.real.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Patients beside the census on a hand-built population. Site North: 20 Hispanic and 10 White
 * patients in 90001, 12 with no race answer in 90001. Site South: 10 Asian patients in 90002, 3 in a
 * ZIP code the census table lacks, 2 without a ZIP code. 90001 is 60% Hispanic, 20% White, 10%
 * Black, 5% Asian or Pacific Islander, 1% Other, 4% multiracial; 90002 10% Hispanic, 50% White, 30%
 * Asian or Pacific Islander, 10% multiracial.
 */
class CensusComparisonTest {
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    private static final String HEADER = "ZCTA5,Hispanic_Total,NH_White_alone,NH_Black_alone,NH_AIAN_alone,"
            + "NH_API_alone,NH_Other_alone,NH_Mult_Total\n";

    @TempDir
    Path temp;
    private final Warehouse warehouse = Warehouse.inMemory();
    private int next;

    @AfterEach
    void close() {
        warehouse.close();
    }

    @BeforeEach
    void population() throws SQLException {
        try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO care_site (site_id, source, name) VALUES ('N', 't', 'North'), ('S', 't', 'South')");
            add(sql, 20, "N", "90001", "HISPANIC", "2135-2");
            add(sql, 10, "N", "90001", "WHITE", "2106-3");
            add(sql, 12, "N", "90001", null, null);
            add(sql, 10, "S", "90002-1234", "ASIAN", "2028-9");
            add(sql, 3, "S", "99999", "WHITE", "2106-3");
            add(sql, 2, "S", null, "WHITE", "2106-3");
        }
    }

    private void add(Statement sql, int patients, String site, String zip, String category, String code)
            throws SQLException {
        add(sql, patients, site, zip, category, code, "1980-03-01");
    }

    private void add(Statement sql, int patients, String site, String zip, String category, String code, String born)
            throws SQLException {
        for (int i = 0; i < patients; i++) {
            String id = "p" + next++;
            sql.execute("INSERT INTO patient (patient_id, source, zip, birth_date) VALUES ('" + id + "', 't', "
                    + (zip == null ? "NULL" : "'" + zip + "'") + ", DATE '" + born + "')");
            sql.execute("INSERT INTO encounter (encounter_id, patient_id, source, status, start_time) VALUES ('e" + id
                    + "', '" + id + "', 't', 'finished', TIMESTAMP '2025-05-01 09:00')");
            sql.execute("INSERT INTO attribution (patient_id, source, site_id, start_date) VALUES ('" + id + "', 't', '"
                    + site + "', DATE '2024-01-01')");
            if (category != null) {
                sql.execute("INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code,"
                        + " omb_category, detailed, reporting_source, recorded_on) VALUES ('" + id + "', 't', 'combined',"
                        + " 'answered', 'urn:oid:2.16.840.1.113883.6.238', '" + code + "', '" + category + "', false,"
                        + " 'self-reported', DATE '2024-06-01')");
            }
        }
    }

    private void census() throws IOException {
        new CensusTable(warehouse).load(Files.writeString(temp.resolve("zcta.csv"), HEADER
                + "90001,600,200,100,0,50,10,40\n90002,100,500,0,0,300,0,100\n"), "tester");
    }

    @Test
    void withoutACensusTableThereIsNothingToCompare() {
        assertThat(new CensusComparison(warehouse).compare(YEAR, true, true)).isEmpty();
    }

    @Test
    void patientsAreComparedWithTheirZctasCensusSharesWeightedByWhereTheyLive() throws IOException {
        census();
        List<CensusGroup> groups = new CensusComparison(warehouse).compare(YEAR, true, true).orElseThrow();

        assertThat(groups).extracting(CensusGroup::label).containsExactly("North", "South", CensusComparison.ALL);
        CensusGroup all = groups.get(2);
        assertThat(all.population()).isEqualTo(57);
        assertThat(all.compared()).isEqualTo(40);
        assertThat(all.patients()).containsEntry(CensusCategory.HISPANIC, 20L).containsEntry(CensusCategory.WHITE, 10L)
                .containsEntry(CensusCategory.ASIAN_PACIFIC_ISLANDER, 10L).containsEntry(CensusCategory.BLACK, 0L);
        // 30 compared patients in 90001, 10 in 90002
        assertThat(all.censusShare().get(CensusCategory.HISPANIC)).isCloseTo((30 * 0.6 + 10 * 0.1) / 40, within(1e-12));
        assertThat(all.censusShare().get(CensusCategory.WHITE)).isCloseTo((30 * 0.2 + 10 * 0.5) / 40, within(1e-12));
        assertThat(all.censusShare().get(CensusCategory.ASIAN_PACIFIC_ISLANDER))
                .isCloseTo((30 * 0.05 + 10 * 0.3) / 40, within(1e-12));
        assertThat(all.censusShare().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));

        CensusGroup north = groups.get(0);
        assertThat(north.population()).isEqualTo(42);
        assertThat(north.compared()).isEqualTo(30);
        assertThat(north.censusShare().get(CensusCategory.HISPANIC)).isCloseTo(0.6, within(1e-12));
        CensusGroup south = groups.get(1);
        assertThat(south.population()).isEqualTo(15);
        assertThat(south.compared()).as("the Asian patients; unknown ZIP codes are not compared").isEqualTo(10);
        assertThat(south.censusShare().get(CensusCategory.ASIAN_PACIFIC_ISLANDER)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void thePublishedComparisonHidesSmallCountsAndTheCensusShareOfAHiddenGroup() throws IOException {
        census();
        List<PublishedCensusComparison.Group> bySite = PublishedCensusComparison.of(
                new CensusComparison(warehouse).compare(YEAR, true, true).orElseThrow(), SuppressionPolicy.CMS,
                ConfidenceLevel.NINETY_FIVE);

        int hidden = 0;
        for (PublishedCensusComparison.Group group : bySite) {
            for (OptionalLong count : List.of(group.population(), group.compared(), group.notCompared())) {
                count.ifPresent(c -> assertThat(SuppressionPolicy.CMS.isSmall(c)).as(group.label() + " " + c).isFalse());
                hidden += count.isPresent() ? 0 : 1;
            }
            for (PublishedCensusComparison.Line line : group.lines()) {
                line.patients().ifPresent(c -> assertThat(SuppressionPolicy.CMS.isSmall(c)).as(line.toString()).isFalse());
                if (group.compared().isEmpty()) {
                    assertThat(line.censusShare()).as("census share of a hidden group").isEmpty();
                }
            }
        }
        assertThat(hidden).as("South's 10 compared and 5 not compared").isPositive();
        assertThat(bySite.get(1).compared()).isEmpty();
    }

    @Test
    void overallTheSharesOfPatientsHaveIntervalsAndTheCensusShareBesideThem() throws IOException {
        census();
        PublishedCensusComparison.Group all = PublishedCensusComparison.of(
                new CensusComparison(warehouse).compare(YEAR, false, true).orElseThrow(), SuppressionPolicy.CMS,
                ConfidenceLevel.NINETY_FIVE).get(0);

        assertThat(all.population()).hasValue(57);
        assertThat(all.compared()).hasValue(40);
        assertThat(all.notCompared()).hasValue(17);
        Map<CensusCategory, PublishedCensusComparison.Line> lines = new EnumMap<>(CensusCategory.class);
        all.lines().forEach(l -> lines.put(l.category(), l));
        PublishedCensusComparison.Line hispanic = lines.get(CensusCategory.HISPANIC);
        assertThat(hispanic.patients()).hasValue(20);
        assertThat(hispanic.share().orElseThrow().value()).isEqualTo(0.5);
        assertThat(hispanic.interval().orElseThrow().lower()).isCloseTo(0.352, within(0.001));
        assertThat(hispanic.censusShare().getAsDouble()).isCloseTo(0.475, within(1e-12));
        assertThat(hispanic.outsideInterval()).as("50% of patients against 47.5%: within chance").isFalse();
        assertThat(lines.get(CensusCategory.WHITE).patients()).as("10 White patients").isEmpty();
        assertThat(lines.get(CensusCategory.WHITE).censusShare().getAsDouble()).isCloseTo(0.275, within(1e-12));
        // No Black patients against 7.5% of the neighbourhood, and no Black patient could be hidden: 0 is shown
        PublishedCensusComparison.Line black = lines.get(CensusCategory.BLACK);
        assertThat(black.patients()).hasValue(0);
        assertThat(black.censusShare().getAsDouble()).isCloseTo(0.075, within(1e-12));
        assertThat(black.outsideInterval()).as("0 of 40 (Wilson 0–8.8%) against 7.5%").isFalse();
    }

    @Test
    void aCensusOfAdultsIsComparedWithAdultPatientsOnlyUnlessAllAgesAreAsked() throws IOException, SQLException {
        census();
        try (Connection connection = warehouse.connect(); Statement sql = connection.createStatement()) {
            add(sql, 15, "S", "90002", "HISPANIC", "2135-2", "2015-06-01");
            add(sql, 1, "S", "90002", "HISPANIC", "2135-2", "2007-12-31"); // 18 on the period's last day
        }
        CensusComparison comparison = new CensusComparison(warehouse);

        CensusGroup adults = comparison.compare(YEAR, false, true).orElseThrow().get(0);
        CensusGroup everyone = comparison.compare(YEAR, false, false).orElseThrow().get(0);

        assertThat(adults.population()).isEqualTo(58);
        assertThat(adults.patients().get(CensusCategory.HISPANIC)).isEqualTo(21);
        assertThat(everyone.population()).isEqualTo(73);
        assertThat(everyone.patients().get(CensusCategory.HISPANIC)).isEqualTo(36);
    }
}
