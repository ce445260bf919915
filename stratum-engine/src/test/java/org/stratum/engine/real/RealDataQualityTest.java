package org.stratum.engine.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.measure.SyntheticWarehouse;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The completeness trend and the re-ask list over a synthetic warehouse, each checked against plain
 * SQL over the warehouse tables that spells the latest-asking rules out on its own (as
 * {@code RealCompletenessTest} does for sites).
 */
class RealDataQualityTest {
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static MeasurementPeriod period;

    @BeforeAll
    static void load() {
        warehouse = SyntheticWarehouse.withPatients(temp, 2500, 43);
        period = MeasurementPeriod.twelveMonthsEnding(DataCoverage.lastMonth(warehouse).orElseThrow());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    /** The readings of both views per patient and "month" (a whole-history reading uses one far-off month). */
    private static String readings(String visits) {
        return """
                WITH visit AS (%s),
                rows AS (
                    SELECT v.month, r.*, coalesce(r.recorded_on, DATE '0001-01-01') AS day, w.view
                    FROM visit v JOIN patient_race_ethnicity r USING (patient_id)
                    CROSS JOIN (VALUES ('own'), ('observed')) w(view)
                    WHERE coalesce(r.recorded_on, DATE '0001-01-01') <= v.month_end
                      AND (r.response <> 'answered' OR r.reporting_source = 'self-reported'
                           OR (w.view = 'observed' AND r.reporting_source = 'staff-observed'))),
                latest AS (
                    SELECT patient_id, month, view,
                           coalesce(max(day) FILTER (WHERE response <> 'unknown'), max(day)) AS day
                    FROM rows GROUP BY patient_id, month, view),
                asking AS (SELECT r.* FROM rows r JOIN latest l USING (patient_id, month, view, day)),
                counted AS (
                    SELECT * FROM asking a
                    WHERE question = 'combined' OR NOT EXISTS (SELECT 1 FROM asking b WHERE b.patient_id = a.patient_id
                          AND b.month = a.month AND b.view = a.view AND b.question = 'combined')),
                reading AS (
                    SELECT patient_id, month, view, any_value(day) AS day,
                           bool_or(response = 'answered' AND (omb_category IS NOT NULL OR code = '2131-1')) AS answered,
                           bool_or(response = 'declined') AS declined,
                           bool_or(response = 'asked-no-answer') AS no_answer
                    FROM counted GROUP BY patient_id, month, view),
                status AS (
                    SELECT v.patient_id, v.month,
                           CASE WHEN coalesce(o.answered, false) THEN 'SELF_REPORTED'
                                WHEN coalesce(b.answered, false) THEN 'STAFF_OBSERVED_ONLY'
                                WHEN coalesce(b.declined, false) THEN 'DECLINED'
                                WHEN coalesce(b.no_answer, false) THEN 'ASKED_NO_ANSWER'
                                ELSE 'UNKNOWN' END AS status,
                           nullif(o.day, DATE '0001-01-01') AS own_day
                    FROM visit v
                    LEFT JOIN reading o ON o.patient_id = v.patient_id AND o.month = v.month AND o.view = 'own'
                    LEFT JOIN reading b ON b.patient_id = v.patient_id AND b.month = v.month AND b.view = 'observed')
                """.formatted(visits);
    }

    private static final String VISITS_BY_MONTH = """
            SELECT DISTINCT patient_id, strftime(start_time, '%Y-%m') AS month, last_day(CAST(start_time AS DATE)) AS month_end
            FROM encounter
            WHERE start_time >= ? AND start_time < ? AND coalesce(status, '') NOT IN ('cancelled', 'entered-in-error')""";

    @Test
    void theMonthlyTrendCountsEveryStatusAsRecordedByEachMonthsEnd() throws SQLException {
        List<CompletenessGroup> months = new RealCompleteness(warehouse).count(period, CompletenessGrouping.MONTH);

        Map<String, List<Long>> expected = new TreeMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(
                readings(VISITS_BY_MONTH) + """
                        SELECT month, count(*),
                               count(*) FILTER (WHERE status = 'SELF_REPORTED'),
                               count(*) FILTER (WHERE status = 'STAFF_OBSERVED_ONLY'),
                               count(*) FILTER (WHERE status = 'ASKED_NO_ANSWER'),
                               count(*) FILTER (WHERE status = 'DECLINED'),
                               count(*) FILTER (WHERE status = 'UNKNOWN')
                        FROM status GROUP BY month ORDER BY month""")) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end().plusDays(1)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    expected.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(3), rows.getLong(4),
                            rows.getLong(5), rows.getLong(6), rows.getLong(7)));
                }
            }
        }
        Map<String, List<Long>> actual = new TreeMap<>();
        for (CompletenessGroup month : months) {
            actual.put(month.label(), List.of(month.patients(), month.count(CompletenessIndicator.SELF_REPORTED),
                    month.count(CompletenessIndicator.STAFF_OBSERVED_ONLY), month.count(CompletenessIndicator.ASKED_NO_ANSWER),
                    month.count(CompletenessIndicator.DECLINED), month.count(CompletenessIndicator.UNKNOWN)));
        }
        assertThat(actual).hasSize(12).isEqualTo(expected);
        long first = actual.values().iterator().next().get(1);
        assertThat(first).as("self-reported patients in the first month").isPositive();
    }

    private static final String PATIENTS_IN_PERIOD = """
            SELECT DISTINCT patient_id, 'all' AS month, DATE '9999-12-31' AS month_end
            FROM encounter
            WHERE start_time >= ? AND start_time < ? AND coalesce(status, '') NOT IN ('cancelled', 'entered-in-error')""";

    /** Patient id → site id and reasons, by plain SQL; {@code ?4} is the day before which an asking is stale. */
    private static Map<String, String> plainSqlReaskList(LocalDate staleBefore) throws SQLException {
        Map<String, String> expected = new TreeMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(
                readings(PATIENTS_IN_PERIOD) + """
                        , site AS (
                            SELECT a.patient_id, arg_max(a.site_id, coalesce(a.start_date, DATE '0001-01-01')) AS site_id
                            FROM attribution a JOIN visit USING (patient_id)
                            WHERE coalesce(a.start_date, ?) <= ? AND coalesce(a.end_date, ?) >= ?
                            GROUP BY a.patient_id),
                        language AS (
                            SELECT patient_id, bool_or(language_response = 'answered' AND language_reporting_source = 'self-reported'
                                                       AND preferred_language IS NOT NULL) AS self_reported
                            FROM patient GROUP BY patient_id),
                        reasons AS (
                            SELECT s.patient_id, coalesce(si.site_id, '-') AS site_id,
                                   s.status NOT IN ('SELF_REPORTED', 'DECLINED') AS missing,
                                   s.status IN ('SELF_REPORTED', 'DECLINED') AND (s.own_day IS NULL OR s.own_day < ?) AS stale,
                                   NOT coalesce(l.self_reported, false) AS language_missing
                            FROM status s LEFT JOIN site si USING (patient_id) LEFT JOIN language l USING (patient_id))
                        SELECT patient_id, site_id, missing, stale, language_missing FROM reasons
                        WHERE missing OR stale OR language_missing""")) {
            query.setDate(1, Date.valueOf(period.start()));
            query.setDate(2, Date.valueOf(period.end().plusDays(1)));
            query.setDate(3, Date.valueOf(period.end()));
            query.setDate(4, Date.valueOf(period.end()));
            query.setDate(5, Date.valueOf(period.start()));
            query.setDate(6, Date.valueOf(period.start()));
            query.setDate(7, Date.valueOf(staleBefore));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Set<ReaskReason> reasons = EnumSet.noneOf(ReaskReason.class);
                    if (rows.getBoolean(3)) {
                        reasons.add(ReaskReason.RACE_ETHNICITY_NOT_SELF_REPORTED);
                    }
                    if (rows.getBoolean(4)) {
                        reasons.add(ReaskReason.RACE_ETHNICITY_STALE);
                    }
                    if (rows.getBoolean(5)) {
                        reasons.add(ReaskReason.LANGUAGE_NOT_SELF_REPORTED);
                    }
                    expected.put(rows.getString(1), rows.getString(2) + " " + reasons);
                }
            }
        }
        return expected;
    }

    private static Map<String, String> byPatient(List<ReaskPatient> listed) {
        return listed.stream().collect(Collectors.toMap(ReaskPatient::patientId,
                p -> (p.siteId() == null ? "-" : p.siteId()) + " " + EnumSet.copyOf(p.reasons()), (a, b) -> a, TreeMap::new));
    }

    @Test
    void theReaskListIsWhatPlainSqlFindsMissingStaleOrWithoutLanguage() throws SQLException {
        LocalDate asOf = period.end();
        List<ReaskPatient> listed = new ReaskList(warehouse).list(period, asOf, 2, site -> true);

        Map<String, String> expected = plainSqlReaskList(asOf.minusYears(2));
        assertThat(byPatient(listed)).isEqualTo(expected);
        for (ReaskReason reason : ReaskReason.values()) {
            assertThat(listed.stream().filter(p -> p.reasons().contains(reason)).count()).as(reason.label()).isPositive();
        }
        assertThat(listed).as("a decline is not missing").noneMatch(p -> p.raceEthnicity() == CompletenessIndicator.DECLINED
                && p.reasons().contains(ReaskReason.RACE_ETHNICITY_NOT_SELF_REPORTED));
    }

    @Test
    void aLongerStalenessListsFewerStaleAnswersAndASiteLimitListsOnlyThatSite() {
        LocalDate asOf = period.end();
        ReaskList list = new ReaskList(warehouse);
        long staleAfterTwo = list.list(period, asOf, 2, site -> true).stream()
                .filter(p -> p.reasons().contains(ReaskReason.RACE_ETHNICITY_STALE)).count();
        long staleAfterTen = list.list(period, asOf, 10, site -> true).stream()
                .filter(p -> p.reasons().contains(ReaskReason.RACE_ETHNICITY_STALE)).count();
        assertThat(staleAfterTen).isLessThan(staleAfterTwo);

        List<ReaskPatient> everyone = list.list(period, asOf, 2, site -> true);
        String oneSite = everyone.stream().map(ReaskPatient::siteId).filter(s -> s != null).findFirst().orElseThrow();
        List<ReaskPatient> limited = list.list(period, asOf, 2, oneSite::equals);
        assertThat(limited).isNotEmpty().allMatch(p -> oneSite.equals(p.siteId()));
        assertThat(limited).hasSize((int) everyone.stream().filter(p -> oneSite.equals(p.siteId())).count());
    }
}
