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

import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;

/**
 * One patient per row of the tabulation rules table in docs/statistics.md (Part II),
 * tabulated every way.
 */
class RealTabulationTest {
    static final List<String> POPULATION = IntStream.rangeClosed(1, 17).mapToObj(i -> "p" + i).toList();

    private final RealTabulation selfReported =
            new RealTabulation(SmallCdcTree.tree(), ReportingSourceFilter.selfReportedOnly());

    static List<RaceEthnicityAnswer> answers() {
        Answers a = new Answers();
        a.patient("p1").minimum(COMBINED, ASIAN);
        a.patient("p2").minimum(COMBINED, HISPANIC_OR_LATINO).minimum(COMBINED, WHITE);
        a.patient("p3").minimum(COMBINED, HISPANIC_OR_LATINO).detailed(COMBINED, SmallCdcTree.MEXICAN, "Mexican", HISPANIC_OR_LATINO);
        a.patient("p4").minimum(COMBINED, MIDDLE_EASTERN_OR_NORTH_AFRICAN)
                .detailed(COMBINED, SmallCdcTree.LEBANESE, "Lebanese", MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        a.patient("p5").notHispanic().minimum(RACE, WHITE).detailed(RACE, SmallCdcTree.LEBANESE, "Lebanese", WHITE);
        a.patient("p6").minimum(ETHNICITY, HISPANIC_OR_LATINO).otherRace();
        a.patient("p7").notHispanic().otherRace();
        a.patient("p8").nonAnswer(COMBINED, ResponseStatus.DECLINED);
        a.patient("p9").nonAnswer(ETHNICITY, ResponseStatus.ASKED_NO_ANSWER).minimum(RACE, BLACK_OR_AFRICAN_AMERICAN);
        // p10 has no row at all.
        a.patient("p11").notHispanic().minimum(RACE, ASIAN).minimum(RACE, WHITE);
        a.patient("p12").detailed(COMBINED, SmallCdcTree.CHINESE, "Chinese", ASIAN)
                .detailed(COMBINED, SmallCdcTree.FILIPINO, "Filipino", ASIAN);
        a.patient("p13").by(ReportingSource.STAFF_OBSERVED).minimum(COMBINED, WHITE).by(ReportingSource.SELF_REPORTED);
        a.patient("p14").by(ReportingSource.IMPUTED).minimum(COMBINED, BLACK_OR_AFRICAN_AMERICAN).by(ReportingSource.SELF_REPORTED);
        a.patient("p15").notHispanic().minimum(RACE, WHITE);
        a.patient("p16").notHispanic().minimum(RACE, BLACK_OR_AFRICAN_AMERICAN).otherRace();
        a.patient("p17").nonAnswer(ETHNICITY, ResponseStatus.ASKED_NO_ANSWER).nonAnswer(RACE, ResponseStatus.DECLINED);
        return a.rows();
    }

    /** The table of docs/statistics.md (Part II, §1.5); several strata are separated by ';'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // patient | ALONE | MULTIRACIAL_AND_OR_MULTIETHNIC | ALONE_OR_IN_COMBINATION | DETAILED
            //         | HISPANIC_THEN_RACE_1997 | RACE_1997 | ETHNICITY_1997
            "p1  | ASIAN_ALONE     | ASIAN_ALONE             | ASIAN_ALONE_OR_IN_COMBINATION | ASIAN_NO_DETAIL"
                    + "| NOT_HISPANIC_ASIAN              | ASIAN             | NOT_HISPANIC",
            "p2  | HISPANIC+WHITE  | MULTIRACIAL_MULTIETHNIC | HISPANIC_ALONE_OR_IN_COMBINATION;WHITE_ALONE_OR_IN_COMBINATION"
                    + "| HISPANIC_NO_DETAIL;WHITE_NO_DETAIL"
                    + "| HISPANIC_ANY_RACE               | WHITE             | HISPANIC",
            "p3  | HISPANIC_ALONE  | HISPANIC_ALONE          | HISPANIC_ALONE_OR_IN_COMBINATION | DETAILED:2148-5"
                    + "| HISPANIC_ANY_RACE               | RACE_UNKNOWN      | HISPANIC",
            "p4  | MENA_ALONE      | MENA_ALONE              | MENA_ALONE_OR_IN_COMBINATION | DETAILED:2123-8"
                    + "| NOT_HISPANIC_WHITE              | WHITE             | NOT_HISPANIC",
            "p5  | MENA_ALONE      | MENA_ALONE              | MENA_ALONE_OR_IN_COMBINATION | DETAILED:2123-8"
                    + "| NOT_HISPANIC_WHITE              | WHITE             | NOT_HISPANIC",
            "p15 | WHITE_ALONE     | WHITE_ALONE             | WHITE_ALONE_OR_IN_COMBINATION | WHITE_NO_DETAIL"
                    + "| NOT_HISPANIC_WHITE              | WHITE             | NOT_HISPANIC",
            "p6  | HISPANIC_ALONE  | HISPANIC_ALONE          | HISPANIC_ALONE_OR_IN_COMBINATION | HISPANIC_NO_DETAIL"
                    + "| HISPANIC_ANY_RACE               | OTHER_RACE        | HISPANIC",
            "p7  | OTHER_RACE_ONLY | OTHER_RACE_ONLY         | OTHER_RACE_ONLY | OTHER_RACE_ONLY"
                    + "| NOT_HISPANIC_OTHER_RACE         | OTHER_RACE        | NOT_HISPANIC",
            "p16 | BLACK_ALONE     | BLACK_ALONE             | BLACK_ALONE_OR_IN_COMBINATION | BLACK_NO_DETAIL"
                    + "| NOT_HISPANIC_TWO_OR_MORE_RACES  | TWO_OR_MORE_RACES | NOT_HISPANIC",
            "p11 | ASIAN+WHITE     | MULTIRACIAL_MULTIETHNIC | ASIAN_ALONE_OR_IN_COMBINATION;WHITE_ALONE_OR_IN_COMBINATION"
                    + "| ASIAN_NO_DETAIL;WHITE_NO_DETAIL"
                    + "| NOT_HISPANIC_TWO_OR_MORE_RACES  | TWO_OR_MORE_RACES | NOT_HISPANIC",
            "p12 | ASIAN_ALONE     | ASIAN_ALONE             | ASIAN_ALONE_OR_IN_COMBINATION | DETAILED:2034-7;DETAILED:2036-2"
                    + "| NOT_HISPANIC_ASIAN              | ASIAN             | NOT_HISPANIC",
            "p8  | DECLINED        | DECLINED                | DECLINED | DECLINED"
                    + "| HISPANIC_ORIGIN_DECLINED        | RACE_DECLINED     | ETHNICITY_DECLINED",
            "p9  | BLACK_ALONE     | BLACK_ALONE             | BLACK_ALONE_OR_IN_COMBINATION | BLACK_NO_DETAIL"
                    + "| HISPANIC_ORIGIN_ASKED_NO_ANSWER | BLACK             | ETHNICITY_ASKED_NO_ANSWER",
            "p17 | DECLINED        | DECLINED                | DECLINED | DECLINED"
                    + "| HISPANIC_ORIGIN_ASKED_NO_ANSWER | RACE_DECLINED     | ETHNICITY_ASKED_NO_ANSWER",
            "p10 | UNKNOWN         | UNKNOWN                 | UNKNOWN | UNKNOWN"
                    + "| HISPANIC_ORIGIN_UNKNOWN         | RACE_UNKNOWN      | ETHNICITY_UNKNOWN",
            "p13 | UNKNOWN         | UNKNOWN                 | UNKNOWN | UNKNOWN"
                    + "| HISPANIC_ORIGIN_UNKNOWN         | RACE_UNKNOWN      | ETHNICITY_UNKNOWN",
            "p14 | UNKNOWN         | UNKNOWN                 | UNKNOWN | UNKNOWN"
                    + "| HISPANIC_ORIGIN_UNKNOWN         | RACE_UNKNOWN      | ETHNICITY_UNKNOWN"})
    void eachAnswerLandsInItsStratum(String patient, String alone, String multiracial, String aloneOrInCombination,
                                     String detailed, String hispanicThenRace, String race, String ethnicity) {
        List<RaceEthnicityAnswer> answers = answers();

        assertThat(keys(TabulationMethod.ALONE, patient, answers)).containsExactly(alone);
        assertThat(keys(TabulationMethod.MULTIRACIAL_AND_OR_MULTIETHNIC, patient, answers)).containsExactly(multiracial);
        assertThat(keys(TabulationMethod.ALONE_OR_IN_COMBINATION, patient, answers))
                .containsExactly(aloneOrInCombination.split(";"));
        assertThat(keys(TabulationMethod.DETAILED, patient, answers)).containsExactly(detailed.split(";"));
        assertThat(keys(TabulationMethod.HISPANIC_THEN_RACE_1997, patient, answers)).containsExactly(hispanicThenRace);
        assertThat(keys(TabulationMethod.RACE_1997, patient, answers)).containsExactly(race);
        assertThat(keys(TabulationMethod.ETHNICITY_1997, patient, answers)).containsExactly(ethnicity);
    }

    @Test
    void aloneOrInCombinationCountsEachCategoryNamedAndIsMarkedOverlapping() {
        Tabulation tabulation = selfReported.tabulate(TabulationMethod.ALONE_OR_IN_COMBINATION, POPULATION, answers());

        assertThat(tabulation.overlapping()).isTrue();
        assertThat(keys(tabulation, "p2")).containsExactly("HISPANIC_ALONE_OR_IN_COMBINATION", "WHITE_ALONE_OR_IN_COMBINATION");
        assertThat(tabulation.stratum("WHITE_ALONE_OR_IN_COMBINATION").orElseThrow().patients()).isEqualTo(3);
        assertThat(tabulation.strata().stream().mapToInt(StratumCount::patients).sum()).isGreaterThan(tabulation.patients());
    }

    @Test
    void detailedGroupsRollUpAndOverlap() {
        Tabulation tabulation = selfReported.tabulate(TabulationMethod.DETAILED, POPULATION, answers());

        assertThat(tabulation.overlapping()).isTrue();
        assertThat(keys(tabulation, "p12")).containsExactly("DETAILED:" + SmallCdcTree.CHINESE, "DETAILED:" + SmallCdcTree.FILIPINO);
        assertThat(tabulation.strataOf("p12")).allMatch(s -> s.category() == ASIAN);
        assertThat(keys(tabulation, "p2")).containsExactly("HISPANIC_NO_DETAIL", "WHITE_NO_DETAIL");
        assertThat(keys(tabulation, "p5")).containsExactly("DETAILED:" + SmallCdcTree.LEBANESE);
        assertThat(tabulation.stratum("DETAILED:" + SmallCdcTree.LEBANESE).orElseThrow().stratum().category())
                .isEqualTo(MIDDLE_EASTERN_OR_NORTH_AFRICAN);
    }

    @ParameterizedTest
    @EnumSource(value = TabulationMethod.class, names = {"ALONE", "MULTIRACIAL_AND_OR_MULTIETHNIC", "HISPANIC_THEN_RACE_1997",
            "RACE_1997", "ETHNICITY_1997"})
    void nonOverlappingStrataAddUpToEveryoneNonAnswersIncluded(TabulationMethod method) {
        Tabulation tabulation = selfReported.tabulate(method, POPULATION, answers());

        assertThat(tabulation.overlapping()).isFalse();
        assertThat(tabulation.patients()).isEqualTo(POPULATION.size());
        assertThat(tabulation.strata().stream().mapToInt(StratumCount::patients).sum()).isEqualTo(POPULATION.size());
        assertThat(tabulation.strata().stream().mapToDouble(StratumCount::share).sum()).isCloseTo(1.0,
                Offset.offset(1e-12));
    }

    @Test
    void nonAnswersAreExplicitStrataWithTheirShare() {
        Tabulation tabulation = selfReported.tabulate(TabulationMethod.MULTIRACIAL_AND_OR_MULTIETHNIC, POPULATION, answers());

        StratumCount declined = tabulation.stratum("DECLINED").orElseThrow();
        assertThat(declined.patients()).isEqualTo(2);
        assertThat(declined.share()).isEqualTo(2.0 / 17);
        assertThat(declined.stratum().isNonAnswer()).isTrue();
        // p10 (no row), p13 (staff-observed only) and p14 (imputed only) are unknown to a self-report view.
        assertThat(tabulation.stratum("UNKNOWN").orElseThrow().patients()).isEqualTo(3);
        assertThat(tabulation.stratum("ASKED_NO_ANSWER").orElseThrow().patients()).isZero();
    }

    @Test
    void everyCategoryIsListedEvenWhenEmptyAndInPublishedOrder() {
        Tabulation tabulation = selfReported.tabulate(TabulationMethod.MULTIRACIAL_AND_OR_MULTIETHNIC, POPULATION, answers());

        assertThat(tabulation.strata()).extracting(c -> c.stratum().key()).containsExactly("AIAN_ALONE", "ASIAN_ALONE",
                "BLACK_ALONE", "HISPANIC_ALONE", "MENA_ALONE", "NHPI_ALONE", "WHITE_ALONE", "MULTIRACIAL_MULTIETHNIC",
                "OTHER_RACE_ONLY", "ASKED_NO_ANSWER", "DECLINED", "UNKNOWN");
        assertThat(tabulation.stratum("NHPI_ALONE").orElseThrow().patients()).isZero();
    }

    @Test
    void staffObservedAnswersCountOnlyWhenAskedForAndImputedOnesNeverUnlessNamed() {
        RealTabulation observed = new RealTabulation(SmallCdcTree.tree(), ReportingSourceFilter.selfReportedOrObserved());
        RealTabulation imputed = new RealTabulation(SmallCdcTree.tree(), ReportingSourceFilter.of(ReportingSource.IMPUTED));

        assertThat(keys(observed.tabulate(TabulationMethod.ALONE, POPULATION, answers()), "p13")).containsExactly("WHITE_ALONE");
        assertThat(keys(observed.tabulate(TabulationMethod.ALONE, POPULATION, answers()), "p14")).containsExactly("UNKNOWN");
        assertThat(keys(imputed.tabulate(TabulationMethod.ALONE, POPULATION, answers()), "p14")).containsExactly("BLACK_ALONE");
    }

    @Test
    void the1997ViewUsesThe1997Wording() {
        Tabulation tabulation = selfReported.tabulate(TabulationMethod.RACE_1997, POPULATION, answers());

        assertThat(tabulation.strata()).extracting(c -> c.stratum().label())
                .contains("Native Hawaiian or Other Pacific Islander", "Two or more races", "Other Race", "Race declined");
    }

    private List<String> keys(TabulationMethod method, String patient, List<RaceEthnicityAnswer> answers) {
        return keys(selfReported.tabulate(method, POPULATION, answers), patient);
    }

    private static List<String> keys(Tabulation tabulation, String patient) {
        return tabulation.strataOf(patient).stream().map(Stratum::key).toList();
    }
}
