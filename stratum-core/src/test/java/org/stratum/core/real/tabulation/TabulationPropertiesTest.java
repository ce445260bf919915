package org.stratum.core.real.tabulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;

/** Whatever the answers, nobody is dropped or double counted where strata do not overlap. */
class TabulationPropertiesTest {
    private static final List<String> POPULATION = IntStream.range(0, 12).mapToObj(i -> "p" + i).toList();
    private static final List<String> CODES = List.of("1002-5", "2028-9", "2054-5", "2135-2", "2118-8", "2076-8",
            "2106-3", SmallCdcTree.CHINESE, SmallCdcTree.LEBANESE, SmallCdcTree.ARAB, SmallCdcTree.IRISH,
            SmallCdcTree.SALVADORAN, SmallCdcTree.ABENAKI, CdcHierarchy.OTHER_RACE, CdcHierarchy.NOT_HISPANIC_OR_LATINO);

    private final RealTabulation tabulation =
            new RealTabulation(SmallCdcTree.tree(), ReportingSourceFilter.selfReportedOrObserved());

    @Property(tries = 300)
    void everyPatientIsInExactlyOneStratumWhereStrataDoNotOverlap(@ForAll("answers") List<RaceEthnicityAnswer> answers) {
        for (TabulationMethod method : TabulationMethod.values()) {
            Tabulation result = tabulation.tabulate(method, POPULATION, answers);
            assertThat(result.patients()).isEqualTo(POPULATION.size());
            for (String patient : POPULATION) {
                List<Stratum> strata = result.strataOf(patient);
                assertThat(strata).as("%s %s", method, patient).isNotEmpty().doesNotHaveDuplicates();
                if (!method.overlapping()) {
                    assertThat(strata).as("%s %s", method, patient).hasSize(1);
                }
            }
            if (!method.overlapping()) {
                assertThat(result.strata().stream().mapToInt(StratumCount::patients).sum()).isEqualTo(POPULATION.size());
            }
        }
    }

    @Property(tries = 300)
    void aloneOrInCombinationNamesExactlyTheCategoriesAndDetailRollsUpIntoThem(
            @ForAll("answers") List<RaceEthnicityAnswer> answers) {
        Map<String, ReportedIdentity> identities = tabulation.identities(POPULATION, answers);
        Tabulation combined = RealTabulation.tabulateIdentities(TabulationMethod.ALONE_OR_IN_COMBINATION, identities.values());
        Tabulation detailed = RealTabulation.tabulateIdentities(TabulationMethod.DETAILED, identities.values());
        for (ReportedIdentity identity : identities.values()) {
            Set<OmbCategory> named = combined.strataOf(identity.patientId()).stream().map(Stratum::category)
                    .filter(c -> c != null).collect(Collectors.toSet());
            assertThat(named).isEqualTo(identity.categories());
            detailed.strataOf(identity.patientId()).stream().map(Stratum::category).filter(c -> c != null)
                    .forEach(c -> assertThat(identity.categories()).contains(c));
            assertThat(identity.races()).doesNotContain(OmbCategory.HISPANIC_OR_LATINO,
                    OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        }
    }

    @Provide
    Arbitrary<List<RaceEthnicityAnswer>> answers() {
        Arbitrary<RaceEthnicityAnswer> row = Combinators.combine(
                Arbitraries.of(POPULATION),
                Arbitraries.of(Question.class),
                Arbitraries.frequency(Tuple.of(6, ResponseStatus.ANSWERED),
                        Tuple.of(1, ResponseStatus.ASKED_NO_ANSWER),
                        Tuple.of(1, ResponseStatus.DECLINED),
                        Tuple.of(1, ResponseStatus.UNKNOWN)),
                Arbitraries.of(CODES),
                Arbitraries.of(ReportingSource.class),
                Arbitraries.integers().between(0, 3)).as(TabulationPropertiesTest::row);
        return row.list().ofMaxSize(40);
    }

    private static RaceEthnicityAnswer row(String patient, Question question, ResponseStatus status, String code,
                                           ReportingSource source, int year) {
        LocalDate day = LocalDate.of(2022 + year, 1, 1);
        if (status != ResponseStatus.ANSWERED) {
            return new RaceEthnicityAnswer(patient, question, status, Coding.of(status.fhirSystem(), status.fhirCode()),
                    null, false, null, source, day, null);
        }
        boolean minimum = EnumSet.allOf(OmbCategory.class).stream().anyMatch(c -> c.cdcCode().equals(code));
        return new RaceEthnicityAnswer(patient, question, status, Coding.of(CodeSystems.CDC_RACE_ETHNICITY, code), null,
                !minimum && !code.equals(CdcHierarchy.OTHER_RACE) && !code.equals(CdcHierarchy.NOT_HISPANIC_OR_LATINO),
                null, source, day, null);
    }
}
