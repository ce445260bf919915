package org.stratum.engine.real.selfid;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.YesNoAnswer;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.RealTabulation;
import org.stratum.core.real.tabulation.ReportedIdentity;
import org.stratum.core.real.tabulation.ReportingSourceFilter;
import org.stratum.engine.real.RaceEthnicityAnswers;
import org.stratum.engine.real.selfid.SelfReportToWarehouse.Outcome;
import org.stratum.engine.warehouse.Warehouse;

/** Form answers applied to a real (in-memory DuckDB) warehouse and read back as the REAL tabulation reads them. */
class SelfReportToWarehouseTest {
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    private Warehouse warehouse;
    private SelfReportToWarehouse kiosk;

    @BeforeEach
    void warehouseWithAnEhrPatient() throws Exception {
        warehouse = Warehouse.inMemory();
        kiosk = new SelfReportToWarehouse(warehouse);
        sql("INSERT INTO patient (patient_id, source, preferred_language, language_response, language_reporting_source,"
                + " interpreter_needed) VALUES ('p-1', 'clinic-ehr', 'en', 'answered', 'staff-observed', 'no')");
        sql("INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code, display,"
                + " omb_category, detailed, reporting_source, recorded_on, collected_via) VALUES ('p-1', 'clinic-ehr',"
                + " 'race', 'answered', 'urn:oid:2.16.840.1.113883.6.238', '2106-3', 'White', 'WHITE', false,"
                + " 'staff-observed', DATE '2026-01-10', 'staff-observation')");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void multipleSelectionsDetailedGroupsAndWriteInsBecomeSelfReportedRows() throws Exception {
        SelfIdentification answers = answers(Set.of(OmbCategory.BLACK_OR_AFRICAN_AMERICAN), Set.of("somali", "mexican"),
                Map.of(OmbCategory.ASIAN, "Hmong"));
        assertThat(kiosk.apply("p-1", answers, MAY_4, "r1")).isEqualTo(Outcome.APPLIED);
        assertThat(kioskRows("p-1")).containsExactly(
                "ASIAN|2028-9|false|null", "ASIAN|null|true|Hmong",
                "BLACK|2054-5|false|null", "BLACK|2060-2|true|Somali",
                "HISPANIC|2135-2|false|null", "HISPANIC|2148-5|true|null");
        ReportedIdentity identity = selfReported("p-1");
        assertThat(identity.categories()).containsExactlyInAnyOrder(OmbCategory.ASIAN,
                OmbCategory.BLACK_OR_AFRICAN_AMERICAN, OmbCategory.HISPANIC_OR_LATINO);
        // The EHR's staff-observed row is left alone under its own source.
        assertThat(scalar("SELECT count(*) FROM patient_race_ethnicity WHERE source = 'clinic-ehr'")).isEqualTo("1");
    }

    @Test
    void middleEasternOrNorthAfricanIsItsOwnCategoryNotWhite() throws Exception {
        kiosk.apply("p-1", answers(Set.of(), Set.of("iranian"), Map.of()), MAY_4, "r1");
        assertThat(kioskRows("p-1")).containsExactly("MENA|2118-8|false|null", "MENA|2121-2|true|null");
        assertThat(selfReported("p-1").categories()).containsExactly(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
    }

    @Test
    void hispanicOnlyIsACompleteAnswer() throws Exception {
        kiosk.apply("p-1", answers(Set.of(OmbCategory.HISPANIC_OR_LATINO), Set.of(), Map.of()), MAY_4, "r1");
        ReportedIdentity identity = selfReported("p-1");
        assertThat(identity.categories()).containsExactly(OmbCategory.HISPANIC_OR_LATINO);
        assertThat(identity.status()).isEqualTo(ResponseStatus.ANSWERED);
    }

    @Test
    void preferNotToAnswerIsStoredAsDeclinedAndABlankQuestionAsAskedNoAnswer() throws Exception {
        SelfIdentification declined = new SelfIdentification(Set.of(), Set.of(), Map.of(), true, Optional.empty(), true,
                Optional.of(YesNoAnswer.DECLINED), Optional.empty(), Optional.empty(), Map.of());
        kiosk.apply("p-1", declined, MAY_4, "r1");
        assertThat(kioskRows("p-1")).containsExactly("null|asked-declined|false|null");
        assertThat(selfReported("p-1").status()).isEqualTo(ResponseStatus.DECLINED);
        assertThat(scalar("SELECT language_response || '/' || language_reporting_source || '/' || interpreter_needed"
                + " FROM patient")).isEqualTo("declined/self-reported/no");

        SelfIdentification blank = new SelfIdentification(Set.of(), Set.of(), Map.of(), false, Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        kiosk.apply("p-1", blank, MAY_4.plusDays(1), "r2");
        assertThat(selfReported("p-1").status()).isEqualTo(ResponseStatus.ASKED_NO_ANSWER);
    }

    @Test
    void languageInterpreterSogiAndDisabilityAreStoredForThePatient() throws Exception {
        SelfIdentification answers = new SelfIdentification(Set.of(OmbCategory.WHITE), Set.of(), Map.of(), false,
                Optional.of("ko"), false, Optional.of(YesNoAnswer.YES), Optional.of(SexualOrientationAnswer.BISEXUAL),
                Optional.of(GenderIdentityAnswer.NONBINARY), Map.of(DisabilityQuestion.SEEING, YesNoAnswer.YES));
        kiosk.apply("p-1", answers, MAY_4, "r1");
        assertThat(scalar("SELECT concat_ws('/', preferred_language, language_response, language_reporting_source,"
                + " interpreter_needed, sexual_orientation, gender_identity) FROM patient"))
                .isEqualTo("ko/answered/self-reported/yes/42035005/33791000087105");
        // Sexual orientation and gender identity are dated survey answers too, as the optional dimensions read them.
        assertThat(scalar("SELECT string_agg(concat_ws('/', code, value_code, source, CAST(effective_start AS DATE)), ' '"
                + " ORDER BY code) FROM observation")).isEqualTo("69857-1/Y/self-id-kiosk/" + MAY_4
                + " 76690-7/42035005/self-id-kiosk/" + MAY_4 + " 76691-5/33791000087105/self-id-kiosk/" + MAY_4);
    }

    @Test
    void neverOverwritesANewerSelfReport() throws Exception {
        sql("INSERT INTO patient_race_ethnicity (patient_id, source, question, response, system, code, display,"
                + " omb_category, detailed, reporting_source, recorded_on, collected_via) VALUES ('p-1', 'portal',"
                + " 'combined', 'answered', 'urn:oid:2.16.840.1.113883.6.238', '2028-9', 'Asian', 'ASIAN', false,"
                + " 'self-reported', DATE '2026-06-01', 'portal')");
        SelfIdentification older = new SelfIdentification(Set.of(OmbCategory.WHITE), Set.of(), Map.of(), false,
                Optional.of("es"), false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        assertThat(kiosk.apply("p-1", older, MAY_4, "r1")).isEqualTo(Outcome.NEWER_SELF_REPORT_KEPT);
        assertThat(kioskRows("p-1")).isEmpty();
        assertThat(scalar("SELECT preferred_language FROM patient")).isEqualTo("en");
        assertThat(selfReported("p-1").categories()).containsExactly(OmbCategory.ASIAN);

        // A later form does replace it as the latest asking.
        assertThat(kiosk.apply("p-1", older, LocalDate.of(2026, 6, 2), "r2")).isEqualTo(Outcome.APPLIED);
        assertThat(selfReported("p-1").categories()).containsExactly(OmbCategory.WHITE);
    }

    @Test
    void answeringAgainTheSameDayReplacesThatDaysFormAnswers() throws Exception {
        kiosk.apply("p-1", answers(Set.of(OmbCategory.WHITE), Set.of(), Map.of()), MAY_4, "r1");
        kiosk.apply("p-1", answers(Set.of(OmbCategory.ASIAN), Set.of(), Map.of()), MAY_4, "r2");
        assertThat(kioskRows("p-1")).containsExactly("ASIAN|2028-9|false|null");
    }

    @Test
    void anUnknownPatientGetsNothing() throws Exception {
        assertThat(kiosk.apply("nobody", answers(Set.of(OmbCategory.WHITE), Set.of(), Map.of()), MAY_4, "r1"))
                .isEqualTo(Outcome.NO_SUCH_PATIENT);
        assertThat(scalar("SELECT count(*) FROM patient_race_ethnicity WHERE source = 'self-id-kiosk'")).isEqualTo("0");
    }

    private static SelfIdentification answers(Set<OmbCategory> categories, Set<String> groups,
                                              Map<OmbCategory, String> writeIns) {
        return new SelfIdentification(categories, groups, writeIns, false, Optional.empty(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    private ReportedIdentity selfReported(String patientId) throws Exception {
        try (Connection c = warehouse.connect()) {
            RealTabulation tabulation = new RealTabulation(CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()),
                    ReportingSourceFilter.selfReportedOnly());
            return tabulation.identities(List.of(patientId), RaceEthnicityAnswers.all(c)).get(patientId);
        }
    }

    private List<String> kioskRows(String patientId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = warehouse.connect(); PreparedStatement s = c.prepareStatement("""
                SELECT omb_category, code, detailed, write_in, reporting_source, collected_via FROM patient_race_ethnicity
                WHERE patient_id = ? AND source = 'self-id-kiosk' ORDER BY omb_category, detailed, code""")) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    assertThat(r.getString(5)).isEqualTo("self-reported");
                    assertThat(r.getString(6)).isEqualTo("kiosk");
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getBoolean(3) + "|" + r.getString(4));
                }
            }
        }
        return rows;
    }

    private void sql(String sql) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String scalar(String sql) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
