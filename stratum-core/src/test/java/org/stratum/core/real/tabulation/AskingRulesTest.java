package org.stratum.core.real.tabulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.core.real.OmbCategory.ASIAN;
import static org.stratum.core.real.OmbCategory.BLACK_OR_AFRICAN_AMERICAN;
import static org.stratum.core.real.OmbCategory.HISPANIC_OR_LATINO;
import static org.stratum.core.real.OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN;
import static org.stratum.core.real.OmbCategory.WHITE;
import static org.stratum.core.real.tabulation.Question.COMBINED;
import static org.stratum.core.real.tabulation.Question.ETHNICITY;
import static org.stratum.core.real.tabulation.Question.RACE;

import org.junit.jupiter.api.Test;
import org.stratum.core.real.ResponseStatus;

class AskingRulesTest {
    private final CdcHierarchy tree = SmallCdcTree.tree();

    private ReportedIdentity read(Answers answers) {
        return AskingRules.read("p", answers.rows(), tree);
    }

    @Test
    void aHispanicOnlyCombinedAnswerHasNoRaceUnder1997AndIsNeverWhite() {
        ReportedIdentity identity = read(new Answers().minimum(COMBINED, HISPANIC_OR_LATINO));

        assertThat(identity.categories()).containsExactly(HISPANIC_OR_LATINO);
        assertThat(identity.ethnicity()).isEqualTo(Ethnicity1997.HISPANIC_OR_LATINO);
        assertThat(identity.races()).isEmpty();
        assertThat(identity.raceStatus()).isEqualTo(ResponseStatus.UNKNOWN);
    }

    @Test
    void menaIsWhiteUnder1997() {
        ReportedIdentity identity = read(new Answers().minimum(COMBINED, MIDDLE_EASTERN_OR_NORTH_AFRICAN)
                .detailed(COMBINED, SmallCdcTree.LEBANESE, "Lebanese", MIDDLE_EASTERN_OR_NORTH_AFRICAN));

        assertThat(identity.categories()).containsExactly(MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        assertThat(identity.races()).containsExactly(WHITE);
        assertThat(identity.ethnicity()).isEqualTo(Ethnicity1997.NOT_HISPANIC_OR_LATINO);
        assertThat(identity.bridged()).isFalse();
    }

    @Test
    void a1997WhiteAnswerWithOnlyMenaDetailIsMenaIn2024() {
        // The 1997 form had no MENA box: a Lebanese patient ticked White. The recorder may even have
        // stored WHITE beside the Lebanese code; the CDC tree says MENA.
        ReportedIdentity identity = read(new Answers().notHispanic().minimum(RACE, WHITE)
                .detailed(RACE, SmallCdcTree.LEBANESE, "Lebanese", WHITE));

        assertThat(identity.categories()).containsExactly(MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        assertThat(identity.races()).containsExactly(WHITE);
        assertThat(identity.bridged()).isTrue();
    }

    @Test
    void arabDetailUnderWhiteIsMenaToo() {
        ReportedIdentity identity = read(new Answers().minimum(RACE, WHITE).detailed(RACE, SmallCdcTree.ARAB, "Arab", null));

        assertThat(identity.categories()).containsExactly(MIDDLE_EASTERN_OR_NORTH_AFRICAN);
    }

    @Test
    void whiteWithEuropeanAndMenaDetailIsBoth() {
        ReportedIdentity identity = read(new Answers().minimum(RACE, WHITE)
                .detailed(RACE, SmallCdcTree.LEBANESE, "Lebanese", WHITE).detailed(RACE, SmallCdcTree.IRISH, "Irish", WHITE));

        assertThat(identity.categories()).containsExactlyInAnyOrder(WHITE, MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        assertThat(identity.raceCount1997()).isEqualTo(1);
    }

    @Test
    void whiteWithoutDetailStaysWhite() {
        ReportedIdentity identity = read(new Answers().notHispanic().minimum(RACE, WHITE));

        assertThat(identity.categories()).containsExactly(WHITE);
        assertThat(identity.bridged()).isTrue();
    }

    @Test
    void hispanicEthnicityAndARaceAreAMultipleResponseIn2024() {
        ReportedIdentity identity = read(new Answers().minimum(ETHNICITY, HISPANIC_OR_LATINO)
                .detailed(ETHNICITY, SmallCdcTree.SALVADORAN, "Salvadoran", HISPANIC_OR_LATINO).minimum(RACE, WHITE));

        assertThat(identity.categories()).containsExactlyInAnyOrder(HISPANIC_OR_LATINO, WHITE);
        assertThat(identity.detailed()).extracting(DetailedGroup::code).containsExactly(SmallCdcTree.SALVADORAN);
    }

    @Test
    void aDetailedGroupAloneRollsUpToItsCategory() {
        ReportedIdentity identity = read(new Answers().detailed(COMBINED, SmallCdcTree.CHINESE, "Chinese", null));

        assertThat(identity.categories()).containsExactly(ASIAN);
    }

    @Test
    void otherRaceIsNotAnOmbCategoryButCountsAsA1997Race() {
        ReportedIdentity identity = read(new Answers().notHispanic().otherRace().minimum(RACE, BLACK_OR_AFRICAN_AMERICAN));

        assertThat(identity.categories()).containsExactly(BLACK_OR_AFRICAN_AMERICAN);
        assertThat(identity.otherRace()).isTrue();
        assertThat(identity.raceCount1997()).isEqualTo(2);
    }

    @Test
    void aDeclineOutranksAnAskedButNoAnswer() {
        ReportedIdentity identity = read(new Answers().nonAnswer(ETHNICITY, ResponseStatus.ASKED_NO_ANSWER)
                .nonAnswer(RACE, ResponseStatus.DECLINED));

        assertThat(identity.status()).isEqualTo(ResponseStatus.DECLINED);
        assertThat(identity.ethnicityStatus()).isEqualTo(ResponseStatus.ASKED_NO_ANSWER);
        assertThat(identity.raceStatus()).isEqualTo(ResponseStatus.DECLINED);
    }

    @Test
    void aCombinedDeclineIsADeclineOfBoth1997Questions() {
        ReportedIdentity identity = read(new Answers().nonAnswer(COMBINED, ResponseStatus.DECLINED));

        assertThat(identity.status()).isEqualTo(ResponseStatus.DECLINED);
        assertThat(identity.ethnicity()).isEqualTo(Ethnicity1997.NOT_REPORTED);
        assertThat(identity.ethnicityStatus()).isEqualTo(ResponseStatus.DECLINED);
        assertThat(identity.raceStatus()).isEqualTo(ResponseStatus.DECLINED);
    }

    @Test
    void aWriteInWithoutACodeRollsUpByItsRecordedCategory() {
        ReportedIdentity identity = read(new Answers().minimum(COMBINED, BLACK_OR_AFRICAN_AMERICAN)
                .writeIn(COMBINED, "Somali", BLACK_OR_AFRICAN_AMERICAN));

        assertThat(identity.detailed()).containsExactly(new DetailedGroup(null, "Somali", BLACK_OR_AFRICAN_AMERICAN));
    }
}
