package org.stratum.core.real.tabulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.real.OmbCategory.ASIAN;
import static org.stratum.core.real.OmbCategory.HISPANIC_OR_LATINO;
import static org.stratum.core.real.OmbCategory.WHITE;
import static org.stratum.core.real.tabulation.Question.COMBINED;
import static org.stratum.core.real.tabulation.Question.RACE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;

class LatestAskingTest {
    private static final ReportingSourceFilter SELF = ReportingSourceFilter.selfReportedOnly();

    private static List<RaceEthnicityAnswer> latest(Answers answers, ReportingSourceFilter filter) {
        return LatestAsking.byPatient(answers.rows(), filter).get("p");
    }

    @Test
    void theLatestDayWinsAndItsAnswersStayTogether() {
        Answers answers = new Answers().minimum(RACE, WHITE)
                .on(Answers.LATER).minimum(COMBINED, HISPANIC_OR_LATINO).minimum(COMBINED, WHITE);

        assertThat(latest(answers, SELF)).hasSize(2).allMatch(a -> a.question() == COMBINED);
    }

    @Test
    void aLaterUnknownDoesNotEraseAnAnswer() {
        Answers answers = new Answers().minimum(COMBINED, ASIAN).on(Answers.LATER).nonAnswer(COMBINED, ResponseStatus.UNKNOWN);

        assertThat(latest(answers, SELF)).extracting(RaceEthnicityAnswer::response).containsExactly(ResponseStatus.ANSWERED);
    }

    @Test
    void aLaterDeclineReplacesAnAnswer() {
        Answers answers = new Answers().minimum(COMBINED, ASIAN).on(Answers.LATER).nonAnswer(COMBINED, ResponseStatus.DECLINED);

        assertThat(latest(answers, SELF)).extracting(RaceEthnicityAnswer::response).containsExactly(ResponseStatus.DECLINED);
    }

    @Test
    void aLaterStaffGuessDoesNotHideAnEarlierSelfReport() {
        Answers answers = new Answers().minimum(COMBINED, ASIAN)
                .on(Answers.LATER).by(ReportingSource.STAFF_OBSERVED).minimum(COMBINED, WHITE);

        assertThat(latest(answers, SELF)).extracting(RaceEthnicityAnswer::category).containsExactly(ASIAN);
        assertThat(latest(answers, ReportingSourceFilter.selfReportedOrObserved()))
                .extracting(RaceEthnicityAnswer::category).containsExactly(WHITE);
    }

    @Test
    void onlyUnknownRowsAreTheirOwnLatestAsking() {
        Answers answers = new Answers().nonAnswer(COMBINED, ResponseStatus.UNKNOWN)
                .on(Answers.LATER).nonAnswer(COMBINED, ResponseStatus.UNKNOWN);

        assertThat(latest(answers, SELF)).extracting(RaceEthnicityAnswer::recordedOn).containsExactly(Answers.LATER);
    }

    @Test
    void rowsWithoutADateAreTheOldest() {
        Answers answers = new Answers().on(null).minimum(COMBINED, WHITE).on(LocalDate.of(2020, 1, 1)).minimum(COMBINED, ASIAN);

        assertThat(latest(answers, SELF)).extracting(RaceEthnicityAnswer::category).containsExactly(ASIAN);
    }

    @Test
    void anAnswerWithoutARecordedSourceCountsUnderNoFilter() {
        Answers answers = new Answers().by(null).minimum(COMBINED, ASIAN);

        assertThat(LatestAsking.byPatient(answers.rows(), ReportingSourceFilter.selfReportedOrObserved())).isEmpty();
    }
}
