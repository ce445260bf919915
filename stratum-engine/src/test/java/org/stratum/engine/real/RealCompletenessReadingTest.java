package org.stratum.engine.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.Question;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.core.terminology.Coding;

/** One patient's completeness on hand-built answer histories: which answer counts, and from whom. */
class RealCompletenessReadingTest {
    private static final String CDC = "urn:oid:2.16.840.1.113883.6.238";
    private static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    private static final PatientCompleteness READER = new PatientCompleteness(CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()));

    private static RaceEthnicityAnswer asian(ReportingSource source, String day, String via) {
        return new RaceEthnicityAnswer("p", Question.COMBINED, ResponseStatus.ANSWERED, new Coding(CDC, "2028-9", "Asian"),
                OmbCategory.ASIAN, false, null, source, LocalDate.parse(day), via);
    }

    private static RaceEthnicityAnswer otherRace(ReportingSource source, String day) {
        return new RaceEthnicityAnswer("p", Question.RACE, ResponseStatus.ANSWERED, new Coding(CDC, "2131-1", "Other Race"),
                null, false, null, source, LocalDate.parse(day), "registration");
    }

    private static RaceEthnicityAnswer nonAnswer(ResponseStatus response, String code, String day) {
        return new RaceEthnicityAnswer("p", Question.COMBINED, response, new Coding(NULL_FLAVOR, code, null), null, false,
                null, response == ResponseStatus.UNKNOWN ? null : ReportingSource.SELF_REPORTED, LocalDate.parse(day),
                "registration");
    }

    private static PatientCompleteness.Reading read(RaceEthnicityAnswer... answers) {
        return READER.read("p", List.of(answers), null);
    }

    @Test
    void aLaterStaffGuessDoesNotHideAnEarlierSelfReport() {
        PatientCompleteness.Reading reading = read(asian(ReportingSource.SELF_REPORTED, "2023-02-01", "portal"),
                asian(ReportingSource.STAFF_OBSERVED, "2025-03-01", "staff-observation"));

        assertThat(reading.status()).isEqualTo(CompletenessIndicator.SELF_REPORTED);
        assertThat(reading.channel()).as("the latest asking counting staff answers").isEqualTo("staff-observation");
    }

    @Test
    void anAnswerOnlyStaffGaveIsStaffObservedOnly() {
        assertThat(read(asian(ReportingSource.STAFF_OBSERVED, "2025-03-01", "staff-observation")).status())
                .isEqualTo(CompletenessIndicator.STAFF_OBSERVED_ONLY);
    }

    @Test
    void aLaterDeclineReplacesAnEarlierAnswerButALaterUnknownDoesNot() {
        assertThat(read(asian(ReportingSource.SELF_REPORTED, "2022-01-01", "kiosk"),
                nonAnswer(ResponseStatus.DECLINED, "ASKED-DECLINED", "2024-01-01")).status())
                .isEqualTo(CompletenessIndicator.DECLINED);
        assertThat(read(asian(ReportingSource.SELF_REPORTED, "2022-01-01", "kiosk"),
                nonAnswer(ResponseStatus.UNKNOWN, "UNK", "2024-01-01")).status())
                .isEqualTo(CompletenessIndicator.SELF_REPORTED);
        assertThat(read(nonAnswer(ResponseStatus.ASKED_NO_ANSWER, "ASKU", "2024-01-01")).status())
                .isEqualTo(CompletenessIndicator.ASKED_NO_ANSWER);
    }

    @Test
    void imputedAnswersOrNoneAtAllAreUnknownWithNoChannel() {
        PatientCompleteness.Reading imputed = read(asian(ReportingSource.IMPUTED, "2025-01-01", "bisg"));
        PatientCompleteness.Reading nothing = read();

        assertThat(imputed.status()).isEqualTo(CompletenessIndicator.UNKNOWN);
        assertThat(nothing.status()).isEqualTo(CompletenessIndicator.UNKNOWN);
        assertThat(nothing.channel()).isEqualTo(PatientCompleteness.NO_CHANNEL);
    }

    @Test
    void otherRaceWithoutAnOmbCategoryIsCountedAndStillAnAnswer() {
        PatientCompleteness.Reading reading = read(otherRace(ReportingSource.SELF_REPORTED, "2025-01-01"));

        assertThat(reading.status()).isEqualTo(CompletenessIndicator.SELF_REPORTED);
        assertThat(reading.otherRace()).isTrue();
        assertThat(read(asian(ReportingSource.SELF_REPORTED, "2025-01-01", "kiosk")).otherRace()).isFalse();
    }

    @Test
    void asOfAMonthEndOnlyAnswersRecordedByThenCount() {
        List<RaceEthnicityAnswer> answers = List.of(asian(ReportingSource.SELF_REPORTED, "2025-06-10", "kiosk"));

        assertThat(READER.read("p", answers, LocalDate.parse("2025-05-31")).status()).isEqualTo(CompletenessIndicator.UNKNOWN);
        assertThat(READER.read("p", answers, LocalDate.parse("2025-06-30")).status())
                .isEqualTo(CompletenessIndicator.SELF_REPORTED);
    }
}
