package org.stratum.app.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratum.engine.equity.StratifyingDimension;

/** Which dimensions are offered with and without the optional ones turned on, and what a refusal says. */
class OfferedDimensionsTests {

    @Test
    void byDefaultOnlyTheStandardDimensionsAreOffered() {
        OfferedDimensions offered = new DimensionSettings(List.of()).offered();

        assertThat(offered.all()).contains(StratifyingDimension.RACE_2024, StratifyingDimension.SOCIAL_NEEDS)
                .doesNotContain(StratifyingDimension.SEXUAL_ORIENTATION, StratifyingDimension.GENDER_IDENTITY,
                        StratifyingDimension.DISABILITY);
        assertThat(offered.find("disability")).isEmpty();
        assertThat(offered.find("site")).contains(StratifyingDimension.SITE);
        assertThat(offered.refusal("disability")).isEqualTo("'disability' is an optional dimension, off on this"
                + " instance: an administrator can turn it on with the setting stratum.dimensions.optional=disability"
                + " (environment variable STRATUM_DIMENSIONS_OPTIONAL), see docs/dimensions.md.");
        assertThat(offered.refusal("shoe-size")).startsWith("'shoe-size' is not a dimension; use race-2024, race-1997,")
                .doesNotContain("gender-identity");
    }

    @Test
    void theOptionalOnesNamedAreOfferedAfterTheOthers() {
        OfferedDimensions offered = OfferedDimensions.withOptional(List.of(" gender-identity", "", "disability"));

        assertThat(offered.all()).endsWith(StratifyingDimension.GENDER_IDENTITY, StratifyingDimension.DISABILITY)
                .doesNotContain(StratifyingDimension.SEXUAL_ORIENTATION);
        assertThat(offered.find("gender-identity")).contains(StratifyingDimension.GENDER_IDENTITY);
        assertThat(offered.refusal("shoe-size")).contains("gender-identity, disability.");
    }

    @Test
    void aSettingNamingAnythingElseIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new DimensionSettings(List.of("race-2024")).offered())
                .hasMessage("stratum.dimensions.optional: 'race-2024' is not an optional dimension; the optional"
                        + " dimensions are sexual-orientation, gender-identity, disability.");
    }
}
