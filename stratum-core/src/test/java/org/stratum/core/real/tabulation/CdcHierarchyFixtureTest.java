package org.stratum.core.real.tabulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratum.core.real.OmbCategory;

/** Roll-up over the complete CDC code set (reference fixture). */
class CdcHierarchyFixtureTest {
    private static CdcCodeTree tree;

    @BeforeAll
    static void load() {
        tree = CdcFixtureTree.load();
    }

    @Test
    void holdsTheWholeCodeSet() {
        assertThat(tree.size()).isEqualTo(966);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            // Figure 1 detailed groups of OMB SPD 15 (2024), with real-standards.md's CDC codes
            "2034-7, Chinese, ASIAN", "2029-7, Asian Indian, ASIAN", "2036-2, Filipino, ASIAN",
            "2047-9, Vietnamese, ASIAN", "2040-4, Korean, ASIAN", "2039-6, Japanese, ASIAN",
            "2058-6, African American, BLACK", "2072-7, Jamaican, BLACK", "2071-9, Haitian, BLACK",
            "2065-1, Nigerian, BLACK", "2062-8, Ethiopian, BLACK", "2060-2, African (Somali has no code), BLACK",
            "2148-5, Mexican, HISPANIC", "2180-8, Puerto Rican, HISPANIC", "2161-8, Salvadoran, HISPANIC",
            "2182-4, Cuban, HISPANIC", "2184-0, Dominican (Hispanic), HISPANIC", "2157-6, Guatemalan, HISPANIC",
            "2069-3, Dominican (Black), BLACK",
            "2123-8, Lebanese, MENA", "2121-2, Iranian, MENA", "2120-4, Egyptian, MENA", "2125-3, Syrian, MENA",
            "2122-0, Iraqi, MENA", "2127-9, Israeli, MENA", "2124-6, Palestinian, MENA", "2129-5, Arab, MENA",
            "2079-2, Native Hawaiian, NHPI", "2080-0, Samoan, NHPI", "2088-3, Chamorro, NHPI", "2082-6, Tongan, NHPI",
            "2101-4, Fijian, NHPI", "2090-9, Marshallese, NHPI",
            "2110-5, English, WHITE", "2112-1, German, WHITE", "2113-9, Irish, WHITE", "2114-7, Italian, WHITE",
            "2115-4, Polish, WHITE", "2116-2, Scottish, WHITE",
            "2106-3, White, WHITE", "2118-8, Middle Eastern or North African, MENA"})
    void figureOneGroupsRollUpToTheirMinimumCategory(String code, String name, String category) {
        assertThat(tree.minimumCategoryOf(code)).as(name).contains(OmbCategory.fromKey(category));
    }

    @Test
    void everyCodeRollsUpUnderItsTopCategory() {
        Map<Optional<OmbCategory>, Long> byCategory = tree.codes().stream().collect(Collectors.groupingBy(tree::minimumCategoryOf, Collectors.counting()));

        // real-standards.md §2: AIAN holds 828 rows (1002-5 and its tribes, down to level 6), Asian 25,
        // Black 19, NHPI 27, Hispanic or Latino 42, White 21 of which MENA and Arab take their share.
        assertThat(byCategory.get(Optional.of(OmbCategory.AMERICAN_INDIAN_OR_ALASKA_NATIVE))).isEqualTo(828);
        assertThat(byCategory.get(Optional.of(OmbCategory.ASIAN))).isEqualTo(25);
        assertThat(byCategory.get(Optional.of(OmbCategory.BLACK_OR_AFRICAN_AMERICAN))).isEqualTo(19);
        assertThat(byCategory.get(Optional.of(OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER))).isEqualTo(27);
        assertThat(byCategory.get(Optional.of(OmbCategory.HISPANIC_OR_LATINO))).isEqualTo(42);
        assertThat(byCategory.get(Optional.of(OmbCategory.WHITE))
                + byCategory.get(Optional.of(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN))).isEqualTo(21);
        assertThat(byCategory.get(Optional.of(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN))).isGreaterThan(1);
        // Other Race, Not Hispanic or Latino and the two roots have no minimum category.
        assertThat(byCategory.get(Optional.<OmbCategory>empty())).isEqualTo(4);
    }
}
