package org.stratum.core.real.bisg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.tabulation.Ethnicity1997;
import org.stratum.core.real.tabulation.ReportedIdentity;

/** A patient's own answers read into the six Census groups BISG estimates. */
class SelfReportedGroupTest {

    private static ReportedIdentity answered(Set<OmbCategory> categories, Ethnicity1997 ethnicity, Set<OmbCategory> races,
            boolean otherRace) {
        return new ReportedIdentity("p", categories, otherRace, List.of(), ResponseStatus.ANSWERED, ethnicity,
                ResponseStatus.ANSWERED, races, races.isEmpty() ? ResponseStatus.UNKNOWN : ResponseStatus.ANSWERED, false);
    }

    @Test
    void hispanicWinsWhateverTheRaceAndAHispanicOnlyAnswerIsHispanic() {
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(OmbCategory.HISPANIC_OR_LATINO, OmbCategory.BLACK_OR_AFRICAN_AMERICAN),
                Ethnicity1997.HISPANIC_OR_LATINO, Set.of(OmbCategory.BLACK_OR_AFRICAN_AMERICAN), false)))
                .contains(BisgGroup.HISPANIC);
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(OmbCategory.HISPANIC_OR_LATINO),
                Ethnicity1997.HISPANIC_OR_LATINO, Set.of(), false))).contains(BisgGroup.HISPANIC);
    }

    @Test
    void menaIsWhiteAndNhpiIsWithAsianAsInTheCensusGroups() {
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN),
                Ethnicity1997.NOT_HISPANIC_OR_LATINO, Set.of(OmbCategory.WHITE), false))).contains(BisgGroup.WHITE);
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER),
                Ethnicity1997.NOT_HISPANIC_OR_LATINO, Set.of(OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER), false)))
                .contains(BisgGroup.API);
    }

    @Test
    void twoRacesOrOtherRaceAreMultiracialOrOther() {
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(OmbCategory.WHITE, OmbCategory.ASIAN),
                Ethnicity1997.NOT_HISPANIC_OR_LATINO, Set.of(OmbCategory.WHITE, OmbCategory.ASIAN), false)))
                .contains(BisgGroup.MULTIRACIAL);
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(), Ethnicity1997.NOT_HISPANIC_OR_LATINO, Set.of(), true)))
                .contains(BisgGroup.MULTIRACIAL);
    }

    @Test
    void noRaceAnswerLeavesThePatientWithoutASelfReportedGroup() {
        assertThat(BisgGroup.ofSelfReport(ReportedIdentity.unknown("p"))).isEmpty();
        ReportedIdentity declined = new ReportedIdentity("p", Set.of(), false, List.of(), ResponseStatus.DECLINED,
                Ethnicity1997.NOT_REPORTED, ResponseStatus.DECLINED, Set.of(), ResponseStatus.DECLINED, false);
        assertThat(BisgGroup.ofSelfReport(declined)).isEmpty();
        assertThat(BisgGroup.ofSelfReport(answered(Set.of(), Ethnicity1997.NOT_HISPANIC_OR_LATINO, Set.of(), false)))
                .isEmpty();
    }
}
