package org.stratum.engine.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.rate.Proportion;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.real.selfid.SelfReportToWarehouse;
import org.stratum.engine.measure.SyntheticWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * REAL completeness over a synthetic warehouse, checked against plain SQL over patient_race_ethnicity,
 * patient, encounter and attribution that spells the latest-asking rules out on its own.
 */
class RealCompletenessTest {
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static MeasurementPeriod period;

    @BeforeAll
    static void load() {
        warehouse = SyntheticWarehouse.withPatients(temp, 3000, 41);
        period = MeasurementPeriod.twelveMonthsEnding(DataCoverage.lastMonth(warehouse).orElseThrow());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    /**
     * Per site: patients with a visit in the period, then each one's status. The latest asking of a
     * view is the latest day with a row that is not "unknown" (else the latest day), combined-question
     * rows only when that day has any; answered = a row with a category or Other Race.
     */
    private static final String PLAIN_SQL = """
            WITH pop AS (
                SELECT DISTINCT patient_id FROM encounter
                WHERE start_time >= ? AND start_time < ? AND coalesce(status, '') NOT IN ('cancelled', 'entered-in-error')),
            site AS (
                SELECT a.patient_id, arg_max(a.site_id, coalesce(a.start_date, DATE '0001-01-01')) AS site_id
                FROM attribution a JOIN pop USING (patient_id)
                WHERE coalesce(a.start_date, ?) <= ? AND coalesce(a.end_date, ?) >= ?
                GROUP BY a.patient_id),
            rows AS (
                SELECT r.*, coalesce(r.recorded_on, DATE '0001-01-01') AS day, v.view
                FROM patient_race_ethnicity r JOIN pop USING (patient_id)
                CROSS JOIN (VALUES ('own'), ('observed')) v(view)
                WHERE r.response <> 'answered' OR r.reporting_source = 'self-reported'
                   OR (v.view = 'observed' AND r.reporting_source = 'staff-observed')),
            latest AS (
                SELECT patient_id, view,
                       coalesce(max(day) FILTER (WHERE response <> 'unknown'), max(day)) AS day
                FROM rows GROUP BY patient_id, view),
            asking AS (
                SELECT r.* FROM rows r JOIN latest l USING (patient_id, view, day)),
            counted AS (
                SELECT * FROM asking a
                WHERE question = 'combined' OR NOT EXISTS (SELECT 1 FROM asking b
                      WHERE b.patient_id = a.patient_id AND b.view = a.view AND b.question = 'combined')),
            reading AS (
                SELECT patient_id, view,
                       bool_or(response = 'answered' AND (omb_category IS NOT NULL OR code = '2131-1')) AS answered,
                       bool_or(response = 'answered' AND omb_category IS NOT NULL) AS has_category,
                       bool_or(response = 'answered' AND code = '2131-1') AS other_race,
                       bool_or(response = 'declined') AS declined,
                       bool_or(response = 'asked-no-answer') AS no_answer
                FROM counted GROUP BY patient_id, view),
            status AS (
                SELECT pop.patient_id,
                       CASE WHEN coalesce(o.answered, false) THEN 'SELF_REPORTED'
                            WHEN coalesce(b.answered, false) THEN 'STAFF_OBSERVED_ONLY'
                            WHEN coalesce(b.declined, false) THEN 'DECLINED'
                            WHEN coalesce(b.no_answer, false) THEN 'ASKED_NO_ANSWER'
                            ELSE 'UNKNOWN' END AS status,
                       coalesce(b.other_race AND NOT b.has_category, false) AS other_race,
                       coalesce(p.language_response = 'answered' AND p.language_reporting_source = 'self-reported'
                                AND p.preferred_language IS NOT NULL, false) AS language
                FROM pop
                LEFT JOIN reading o ON o.patient_id = pop.patient_id AND o.view = 'own'
                LEFT JOIN reading b ON b.patient_id = pop.patient_id AND b.view = 'observed'
                LEFT JOIN patient p ON p.patient_id = pop.patient_id)
            SELECT coalesce(cs.name, s.site_id, 'no site attributed') AS site, count(*) AS patients,
                   count(*) FILTER (WHERE status = 'SELF_REPORTED'),
                   count(*) FILTER (WHERE status = 'STAFF_OBSERVED_ONLY'),
                   count(*) FILTER (WHERE status = 'ASKED_NO_ANSWER'),
                   count(*) FILTER (WHERE status = 'DECLINED'),
                   count(*) FILTER (WHERE status = 'UNKNOWN'),
                   count(*) FILTER (WHERE language),
                   count(*) FILTER (WHERE other_race)
            FROM status LEFT JOIN site s USING (patient_id) LEFT JOIN care_site cs ON cs.site_id = s.site_id
            GROUP BY 1 ORDER BY 1""";

    @Test
    void sharesBySiteAreWhatPlainSqlOverTheWarehouseTablesCounts() throws SQLException {
        List<CompletenessGroup> groups = new RealCompleteness(warehouse).count(period, CompletenessGrouping.SITE);

        Map<String, List<Long>> expected = plainSqlBySite();
        Map<String, List<Long>> actual = new TreeMap<>();
        for (CompletenessGroup group : groups) {
            actual.put(group.label(), List.of(group.patients(),
                    group.count(CompletenessIndicator.SELF_REPORTED), group.count(CompletenessIndicator.STAFF_OBSERVED_ONLY),
                    group.count(CompletenessIndicator.ASKED_NO_ANSWER), group.count(CompletenessIndicator.DECLINED),
                    group.count(CompletenessIndicator.UNKNOWN), group.count(CompletenessIndicator.SELF_REPORTED_LANGUAGE),
                    group.count(CompletenessIndicator.OTHER_RACE)));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(2);
        long everyone = groups.stream().mapToLong(CompletenessGroup::patients).sum();
        long selfReported = groups.stream().mapToLong(g -> g.count(CompletenessIndicator.SELF_REPORTED)).sum();
        assertThat(everyone).isGreaterThan(1000);
        assertThat(selfReported).isPositive().isLessThan(everyone);
        for (CompletenessIndicator indicator : List.of(CompletenessIndicator.STAFF_OBSERVED_ONLY,
                CompletenessIndicator.DECLINED, CompletenessIndicator.UNKNOWN, CompletenessIndicator.SELF_REPORTED_LANGUAGE)) {
            assertThat(groups.stream().mapToLong(g -> g.count(indicator)).sum()).as(indicator.label()).isPositive();
        }
    }

    @Test
    void aCountIsKeptUntilAKioskAnswerChangesTheWarehouse() throws SQLException {
        RealCompleteness completeness = new RealCompleteness(warehouse);
        List<CompletenessGroup> first = completeness.count(period, CompletenessGrouping.SOURCE);
        assertThat(completeness.count(period, CompletenessGrouping.SOURCE)).isSameAs(first);

        String patient;
        try (Connection c = warehouse.connect(); PreparedStatement query = c.prepareStatement("""
                SELECT min(e.patient_id) FROM encounter e
                WHERE e.start_time >= ? AND e.start_time < ? AND NOT EXISTS (SELECT 1 FROM patient_race_ethnicity r
                      WHERE r.patient_id = e.patient_id AND r.reporting_source = 'self-reported')""")) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end().plusDays(1)));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                patient = rows.getString(1);
            }
        }
        assertThat(patient).isNotNull();
        new SelfReportToWarehouse(warehouse).apply(patient, new SelfIdentification(Set.of(OmbCategory.ASIAN), Set.of(),
                Map.of(), false, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of()),
                period.end(), "kept-test");

        List<CompletenessGroup> after = completeness.count(period, CompletenessGrouping.SOURCE);
        assertThat(after).isNotSameAs(first);
        assertThat(selfReported(after)).isEqualTo(selfReported(first) + 1);
    }

    @Test
    void patientsWithBisgProbabilitiesAndNoSelfReportAreCountedAsImputedBesideTheirStatus(@TempDir Path own)
            throws SQLException {
        try (Warehouse imputedAll = SyntheticWarehouse.withPatients(own, 300, 43)) {
            try (Connection c = imputedAll.connect(); Statement statement = c.createStatement()) {
                statement.execute("""
                        INSERT INTO patient_race_imputed SELECT patient_id, 'bisg', 'zcta', 0.5, 0.5, 0, 0, 0, 0,
                               'surnames.csv', 'zctas.csv', TIMESTAMP '2026-01-01 00:00:00' FROM patient""");
            }
            MeasurementPeriod year = MeasurementPeriod.twelveMonthsEnding(DataCoverage.lastMonth(imputedAll).orElseThrow());
            List<CompletenessGroup> groups = new RealCompleteness(imputedAll).count(year, CompletenessGrouping.SOURCE);

            long patients = groups.stream().mapToLong(CompletenessGroup::patients).sum();
            long imputed = groups.stream().mapToLong(g -> g.count(CompletenessIndicator.IMPUTED_ONLY)).sum();
            assertThat(selfReported(groups)).isPositive().isLessThan(patients);
            assertThat(imputed).isEqualTo(patients - selfReported(groups));
        }
    }

    private static long selfReported(List<CompletenessGroup> groups) {
        return groups.stream().mapToLong(g -> g.count(CompletenessIndicator.SELF_REPORTED)).sum();
    }

    @Test
    void everyGroupingSplitsTheSamePatientsAndStatusesAddUpToEachGroup() {
        RealCompleteness completeness = new RealCompleteness(warehouse);
        Map<CompletenessGrouping, Long> patients = new EnumMap<>(CompletenessGrouping.class);
        for (CompletenessGrouping grouping : CompletenessGrouping.values()) {
            List<CompletenessGroup> groups = completeness.count(period, grouping);
            assertThat(groups).as(grouping.key()).isNotEmpty();
            for (CompletenessGroup group : groups) {
                long statuses = CompletenessIndicator.RACE_ETHNICITY_STATUSES.stream().mapToLong(group::count).sum();
                assertThat(statuses).as(group.label()).isEqualTo(group.patients());
            }
            patients.put(grouping, groups.stream().mapToLong(CompletenessGroup::patients).sum());
        }
        long site = patients.get(CompletenessGrouping.SITE);
        assertThat(patients.get(CompletenessGrouping.SOURCE)).isEqualTo(site);
        assertThat(patients.get(CompletenessGrouping.CHANNEL)).isEqualTo(site);
        // A patient seen in several months is in each of them.
        assertThat(patients.get(CompletenessGrouping.MONTH)).isGreaterThan(site);
        assertThat(completeness.count(period, CompletenessGrouping.MONTH)).hasSize(12);
    }

    @Test
    void eachMonthCountsThePatientsSeenThatMonthAndTheirUnknownsAsRecordedByItsEnd() throws SQLException {
        List<CompletenessGroup> months = new RealCompleteness(warehouse).count(period, CompletenessGrouping.MONTH);

        Map<String, List<Long>> expected = new TreeMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement("""
                WITH visit AS (
                    SELECT DISTINCT patient_id, strftime(start_time, '%Y-%m') AS month,
                           last_day(CAST(start_time AS DATE)) AS month_end
                    FROM encounter
                    WHERE start_time >= ? AND start_time < ? AND coalesce(status, '') NOT IN ('cancelled', 'entered-in-error'))
                SELECT month, count(*),
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM patient_race_ethnicity r
                           WHERE r.patient_id = v.patient_id AND coalesce(r.recorded_on, DATE '0001-01-01') <= v.month_end
                             AND (r.response IN ('declined', 'asked-no-answer')
                                  OR (r.response = 'answered' AND r.reporting_source IN ('self-reported', 'staff-observed')
                                      AND (r.omb_category IS NOT NULL OR r.code = '2131-1')))))
                FROM visit v GROUP BY month ORDER BY month""")) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end().plusDays(1)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    expected.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(2) - rows.getLong(3)));
                }
            }
        }
        assertThat(months).extracting(CompletenessGroup::label).containsExactlyElementsOf(expected.keySet());
        for (CompletenessGroup month : months) {
            List<Long> seenAndUnknown = expected.get(month.label());
            assertThat(month.patients()).as(month.label()).isEqualTo(seenAndUnknown.get(0));
            // Unknown: by the month's end no decline, no asked-but-no-answer, no self-reported or staff-observed answer.
            assertThat(month.count(CompletenessIndicator.UNKNOWN)).as(month.label()).isEqualTo(seenAndUnknown.get(1));
        }
    }

    @Test
    void publishedReportShowsNoCountFromOneToTenAndFlagsGroupsBelowTarget() {
        List<CompletenessGroup> groups = new RealCompleteness(warehouse).count(period, CompletenessGrouping.CHANNEL);
        double target = 0.9;
        PublishedCompleteness report = PublishedCompleteness.of(groups, CompletenessGrouping.CHANNEL, target,
                SuppressionPolicy.CMS, ConfidenceLevel.NINETY_FIVE);

        assertThat(report.rows()).hasSize(groups.size() + 1);
        assertThat(report.rows().get(report.rows().size() - 1).all()).isTrue();
        boolean someHidden = false;
        for (PublishedCompleteness.Row row : report.rows()) {
            row.patients().ifPresent(n -> assertThat(n == 0 || n >= 11).as(row.label() + " patients " + n).isTrue());
            for (CompletenessIndicator indicator : CompletenessIndicator.values()) {
                PublishedCompleteness.Share share = row.share(indicator);
                share.count().ifPresent(n -> assertThat(n == 0 || n >= 11).as(row.label() + " " + indicator + " " + n).isTrue());
                someHidden |= share.count().isEmpty();
                share.proportion().ifPresent(p -> {
                    assertThat(p.numerator()).isEqualTo(share.count().getAsLong());
                    assertThat(share.interval().orElseThrow()).isEqualTo(p.wilson(ConfidenceLevel.NINETY_FIVE));
                });
            }
            if (row.flag() != PublishedCompleteness.Flag.NOT_SHOWN) {
                CompletenessGroup group = row.all() ? null
                        : groups.stream().filter(g -> g.label().equals(row.label())).findFirst().orElseThrow();
                long n = row.all() ? groups.stream().mapToLong(CompletenessGroup::patients).sum() : group.patients();
                long self = row.all() ? groups.stream().mapToLong(g -> g.count(CompletenessIndicator.SELF_REPORTED)).sum()
                        : group.count(CompletenessIndicator.SELF_REPORTED);
                assertThat(row.flag() == PublishedCompleteness.Flag.BELOW_TARGET)
                        .as(row.label()).isEqualTo(new Proportion(self, n).value() < target);
            }
        }
        assertThat(report.rows()).anyMatch(r -> r.flag() == PublishedCompleteness.Flag.BELOW_TARGET);
        assertThat(someHidden).as("the channels include small groups, so something is hidden").isTrue();
    }

    private static Map<String, List<Long>> plainSqlBySite() throws SQLException {
        Map<String, List<Long>> bySite = new TreeMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(PLAIN_SQL)) {
            Date start = Date.valueOf(period.start());
            Date end = Date.valueOf(period.end());
            query.setDate(1, start);
            query.setDate(2, Date.valueOf(period.end().plusDays(1)));
            query.setDate(3, end);
            query.setDate(4, end);
            query.setDate(5, start);
            query.setDate(6, start);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Long[] values = new Long[8];
                    for (int i = 0; i < 8; i++) {
                        values[i] = rows.getLong(i + 2);
                    }
                    bySite.put(rows.getString(1), List.of(values));
                }
            }
        }
        return bySite;
    }
}
