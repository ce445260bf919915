package org.stratum.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.terminology.Coding;
import org.stratum.core.valueset.DemoValueSets;
import org.stratum.core.valueset.DirectCode;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * One 20,000-patient population, loaded into a real warehouse, checked the way an analyst would:
 * with SQL over the records, not over the generator's own bookkeeping.
 */
class PopulationRealismTest {
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static Connection sql;

    @BeforeAll
    static void generateAndLoad() {
        Path out = temp.resolve("population");
        new PopulationGenerator(GeneratorSettings.of(20_000, 42, out, OutputFormat.CSV)).run(n -> { });
        Importer importer = Importer.withBuiltInFormats();
        warehouse = Warehouse.open(DataDirectory.at(temp.resolve("data")), importer, n -> { });
        importer.run(warehouse, new ImportRequest("demo", StratumCsvFormat.NAME, List.of(out), true, "test"));
        sql = warehouse.connect();
    }

    @AfterAll
    static void close() throws SQLException {
        sql.close();
        warehouse.close();
    }

    @Test
    void theNetworkHasAtLeastSixSitesEachWithCliniciansAndPatients() throws SQLException {
        assertThat(scalar("SELECT count(*) FROM care_site")).isGreaterThanOrEqualTo(6);
        assertThat(scalar("""
                SELECT count(*) FROM care_site s
                WHERE NOT EXISTS (SELECT 1 FROM clinician c WHERE c.site_id = s.site_id)
                   OR NOT EXISTS (SELECT 1 FROM attribution a WHERE a.site_id = s.site_id)""")).isZero();
        assertThat(scalar("SELECT count(*) FROM care_site WHERE interpreter_services = 'none'")).isEqualTo(1);
    }

    @Test
    void everyPayerAndEveryDeprivationQuintileIsRepresented() throws SQLException {
        assertThat(strings("SELECT DISTINCT payer_type FROM coverage ORDER BY 1"))
                .containsExactly("commercial", "medi-cal", "medicare", "uninsured");
        assertThat(strings("SELECT DISTINCT deprivation_quintile FROM area a JOIN patient p ON p.zip = a.zip ORDER BY 1"))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void aFewAdultsAnsweredTheDisabilityQuestionsAndSomeSaidYes() throws SQLException {
        long adults = scalar("SELECT count(*) FROM patient WHERE birth_date <= DATE '2007-01-01'");
        long asked = scalar("SELECT count(DISTINCT patient_id) FROM observation WHERE code = '69856-3'");
        long yes = scalar("SELECT count(DISTINCT patient_id) FROM observation"
                + " WHERE code IN ('69856-3', '69857-1', '69858-9', '69859-7', '69860-5', '69861-3') AND value_code = 'LA33-6'");

        assertThat((double) asked / adults).as("asked").isBetween(0.05, 0.3);
        assertThat((double) yes / asked).as("yes to a question").isBetween(0.05, 0.45);
    }

    @Test
    void raceAndEthnicityAmongSelfReportedAnswersIsCloseToCalifornias() throws SQLException {
        Map<String, Double> shares = shares("""
                WITH latest AS (
                    SELECT patient_id, max(recorded_on) AS day FROM patient_race_ethnicity GROUP BY patient_id),
                answered AS (
                    SELECT r.patient_id, r.omb_category FROM patient_race_ethnicity r
                    JOIN latest l ON l.patient_id = r.patient_id AND l.day = r.recorded_on
                    WHERE r.response = 'answered' AND r.reporting_source = 'self-reported'
                      AND r.omb_category IS NOT NULL AND NOT r.detailed)
                SELECT omb_category, count(DISTINCT patient_id) * 1.0
                       / (SELECT count(DISTINCT patient_id) FROM answered) FROM answered GROUP BY 1""");
        // Shares are "alone or in combination" (California: Hispanic 39%, Asian about 17%, Black about 6%).
        assertThat(shares.get("HISPANIC")).isBetween(0.36, 0.44);
        assertThat(shares.get("ASIAN")).isBetween(0.14, 0.20);
        assertThat(shares.get("BLACK")).isBetween(0.05, 0.09);
        assertThat(shares.keySet()).contains("AIAN", "NHPI", "MENA", "WHITE");
        assertThat(scalar("""
                SELECT count(DISTINCT code) FROM patient_race_ethnicity
                WHERE detailed AND code IN ('2034-7', '2036-2', '2047-9', '2040-4', '2029-7', '2039-6')""")).isEqualTo(6);
    }

    @Test
    void theRequiredLanguagesArePreferredAndInterpreterNeedIsRecorded() throws SQLException {
        assertThat(strings("SELECT DISTINCT preferred_language FROM patient WHERE preferred_language IS NOT NULL"))
                .contains("es", "vi", "tl", "ko", "hy", "ru", "fa", "ar", "en")
                .containsAnyOf("zh", "yue", "cmn");
        assertThat(strings("SELECT DISTINCT interpreter_needed FROM patient")).contains("yes", "no", "unknown");
    }

    @Test
    void realDataGapsVaryBySiteAndImproveOverTime() throws SQLException {
        Map<String, Double> unknownBySite = shares("""
                SELECT a.site_id, avg(CASE WHEN r.response = 'unknown' THEN 1 ELSE 0 END)
                FROM patient_race_ethnicity r JOIN attribution a USING (patient_id)
                WHERE r.question IN ('race', 'combined') GROUP BY 1""");
        assertThat(unknownBySite.get("valley-oak")).isGreaterThan(2 * unknownBySite.get("fruitvale"));
        Map<String, Double> sunsetByEra = shares("""
                SELECT CASE WHEN year(recorded_on) >= 2025 THEN 'late' ELSE 'early' END,
                       avg(CASE WHEN r.response = 'unknown' THEN 1 ELSE 0 END)
                FROM patient_race_ethnicity r JOIN attribution a USING (patient_id)
                WHERE a.site_id = 'sunset' AND r.question IN ('race', 'combined') GROUP BY 1""");
        assertThat(sunsetByEra.get("late")).isLessThan(sunsetByEra.get("early"));
        assertThat(strings("SELECT DISTINCT response FROM patient_race_ethnicity"))
                .contains("answered", "unknown", "declined", "asked-no-answer");
        assertThat(strings("SELECT DISTINCT reporting_source FROM patient_race_ethnicity WHERE reporting_source IS NOT NULL"))
                .containsExactlyInAnyOrder("self-reported", "staff-observed");
        assertThat(strings("SELECT DISTINCT question FROM patient_race_ethnicity"))
                .containsExactlyInAnyOrder("race", "ethnicity", "combined");
    }

    @Test
    void historyCoversThreeYearsAndEveryMeasureArea() throws SQLException {
        assertThat(strings("SELECT DISTINCT year(start_time) FROM encounter WHERE start_time >= '2023-01-01' ORDER BY 1"))
                .containsExactly("2023", "2024", "2025");
        DemoValueSets demo = DemoValueSets.load();
        for (String oid : List.of("2.16.840.1.113883.3.464.1003.198.12.1013", "2.16.840.1.113883.3.464.1003.108.12.1018",
                "2.16.840.1.113883.3.464.1003.108.12.1020", "2.16.840.1.113883.3.464.1003.108.12.1017",
                "2.16.840.1.113883.3.526.3.1278", "2.16.840.1.113762.1.4.1056.50", "2.16.840.1.113883.3.526.3.1575",
                "2.16.840.1.113883.3.464.1003.196.12.1214", "2.16.840.1.113883.3.464.1003.104.12.1011",
                "2.16.840.1.113883.3.464.1003.103.12.1001", "2.16.840.1.113883.3.464.1003.195.12.1003")) {
            assertThat(codesInUse()).as(demo.name(oid))
                    .anyMatch(c -> demo.contains(oid, new Coding(c[0], c[1], null)));
        }
        assertThat(scalar("SELECT count(*) FROM observation WHERE code IN ('8480-6', '8462-4') AND panel_id IS NOT NULL"))
                .isGreaterThan(1000);
        assertThat(scalar("SELECT count(*) FROM observation WHERE code IN ('73832-8', '73831-0')")).isGreaterThan(1000);
        assertThat(scalar("SELECT count(*) FROM observation WHERE category = 'sdoh'")).isGreaterThan(1000);
        assertThat(scalar("SELECT count(DISTINCT item) FROM survey_response")).isEqualTo(3);
    }

    @Test
    void nothingHappensAfterTheHistoryEnds() throws SQLException {
        assertThat(scalar("""
                SELECT count(*) FROM (
                    SELECT start_time AS t FROM encounter
                    UNION ALL SELECT effective_start FROM observation
                    UNION ALL SELECT performed_start FROM procedure
                    UNION ALL SELECT onset_time FROM condition
                    UNION ALL SELECT occurrence_time FROM immunization
                    UNION ALL SELECT authored_time FROM medication)
                WHERE t >= TIMESTAMP '2026-01-01 00:00:00'""")).isZero();
    }

    @Test
    void everyCodeWrittenIsInADemoValueSetOrNamedByAMeasureOrDeliberatelyOutsideBoth() throws SQLException {
        DemoValueSets demo = DemoValueSets.load();
        Set<String> known = new HashSet<>();
        demo.oids().forEach(oid -> demo.codes(oid).forEach(c -> known.add(c.system() + "|" + c.code())));
        demo.measures().forEach(m -> demo.directCodes(m).stream().map(DirectCode::coding)
                .forEach(c -> known.add(c.system() + "|" + c.code())));
        Set<String> outsideMeasures = new HashSet<>(Set.of("http://loinc.org|85354-9", "http://loinc.org|29463-7",
                "http://loinc.org|8302-2", "http://loinc.org|59576-9", "http://loinc.org|44261-6", "http://loinc.org|55758-7",
                "http://loinc.org|88122-7",
                "http://loinc.org|93030-5", "http://www.nlm.nih.gov/research/umls/rxnorm|314076",
                "http://www.nlm.nih.gov/research/umls/rxnorm|860975"));
        // The disability questions, for the optional disability dimension.
        Arrays.stream(DisabilityQuestion.values()).forEach(q -> outsideMeasures.add("http://loinc.org|" + q.loinc()));
        for (String[] code : codesInUse()) {
            String key = code[0] + "|" + code[1];
            assertThat(known.contains(key) || outsideMeasures.contains(key)).as(key).isTrue();
        }
    }

    @Test
    void plantedBloodPressureGapShowsInTheRecordsAtTheSiteWithoutInterpreters() throws SQLException {
        Map<String, Double> controlled = shares("""
                WITH hypertensive AS (
                    SELECT DISTINCT patient_id FROM condition WHERE code IN ('59621000', 'I10')),
                last_reading AS (
                    SELECT o.patient_id, o.observation_id, row_number() OVER (
                        PARTITION BY o.patient_id ORDER BY o.effective_start DESC, o.observation_id DESC) AS n
                    FROM observation o WHERE o.code = '85354-9' AND year(o.effective_start) = 2025),
                reading AS (
                    SELECT l.patient_id,
                           max(CASE WHEN c.code = '8480-6' THEN c.value_num END) AS systolic,
                           max(CASE WHEN c.code = '8462-4' THEN c.value_num END) AS diastolic
                    FROM last_reading l JOIN observation c ON c.panel_id = l.observation_id
                    WHERE l.n = 1 GROUP BY l.patient_id)
                SELECT CASE WHEN a.site_id = 'harbor' AND p.interpreter_needed = 'yes' THEN 'harbor-interpreter'
                            ELSE 'everyone else' END,
                       avg(CASE WHEN r.systolic < 140 AND r.diastolic < 90 THEN 1 ELSE 0 END)
                FROM reading r JOIN hypertensive USING (patient_id) JOIN patient p USING (patient_id)
                JOIN attribution a USING (patient_id) GROUP BY 1""");
        assertThat(controlled.get("everyone else") - controlled.get("harbor-interpreter")).isGreaterThan(0.12);
    }

    private static List<String[]> codesInUse() throws SQLException {
        List<String[]> codes = new ArrayList<>();
        for (String table : List.of("encounter", "condition", "observation", "procedure", "immunization", "medication",
                "care_request", "coverage")) {
            try (Statement s = sql.createStatement();
                 ResultSet rows = s.executeQuery("SELECT DISTINCT system, code FROM " + table)) {
                while (rows.next()) {
                    codes.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return codes;
    }

    private static long scalar(String query) throws SQLException {
        try (Statement s = sql.createStatement(); ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = sql.createStatement(); ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Double> shares(String query) throws SQLException {
        Map<String, Double> values = new LinkedHashMap<>();
        try (Statement s = sql.createStatement(); ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getDouble(2));
            }
        }
        return values;
    }
}
