package org.stratum.core.real.selfid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.OmbCategory;

class SelfIdentificationTest {

    @Test
    void detailedGroupsAndWriteInsImplyTheirCategory() {
        SelfIdentification answers = new SelfIdentification(Set.of(), Set.of("samoan"),
                Map.of(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN, "  Moroccan ", OmbCategory.WHITE, " "), false,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        assertThat(answers.answeredCategories()).containsExactlyInAnyOrder(
                OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
        assertThat(answers.writeIns()).containsExactly(Map.entry(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN, "Moroccan"));
    }

    @Test
    void anAnswerCannotBeBothGivenAndDeclined() {
        assertThatThrownBy(() -> new SelfIdentification(Set.of(OmbCategory.ASIAN), Set.of(), Map.of(), true,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both answered and declined");
        assertThatThrownBy(() -> new SelfIdentification(Set.of(), Set.of("klingon"), Map.of(), false,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Map.of()))
                .hasMessage("Not a detailed group of the form: klingon");
    }

    @Test
    void figure1HasSixDetailedGroupsForEveryCategoryButAmericanIndianOrAlaskaNative() {
        for (OmbCategory category : Figure1.CATEGORIES) {
            assertThat(Figure1.groupsOf(category)).as(category.label())
                    .hasSize(category == OmbCategory.AMERICAN_INDIAN_OR_ALASKA_NATIVE ? 0 : 6);
        }
    }

    @Test
    void languagesAreNamedInTheReadersLanguageAndTheirOwn() {
        assertThat(PreferredLanguages.name("es", Locale.ENGLISH)).isEqualTo("Spanish (español)");
        assertThat(PreferredLanguages.name("en", Locale.ENGLISH)).isEqualTo("English");
        assertThat(PreferredLanguages.name("ase", Locale.forLanguageTag("es"))).isEqualTo("American Sign Language");
        assertThat(PreferredLanguages.CODES).allMatch(code -> code.matches("[a-z]{2,3}"));
    }
}
