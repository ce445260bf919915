package org.stratum.core.real.selfid;

import static org.stratum.core.real.OmbCategory.ASIAN;
import static org.stratum.core.real.OmbCategory.BLACK_OR_AFRICAN_AMERICAN;
import static org.stratum.core.real.OmbCategory.HISPANIC_OR_LATINO;
import static org.stratum.core.real.OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN;
import static org.stratum.core.real.OmbCategory.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER;
import static org.stratum.core.real.OmbCategory.WHITE;

import java.util.List;
import java.util.Optional;
import org.stratum.core.real.OmbCategory;

/**
 * The combined race and ethnicity question of OMB SPD 15 (2024), as the recommended detailed form
 * (Figure 1, 89 FR 22182) asks it: the seven minimum categories, six detailed checkboxes under each
 * except American Indian or Alaska Native (a write-in for the tribe or community only), and an
 * "Enter, for example, …" write-in under every category. CDC codes per shared reference
 * real-standards.md §1 ("Figure 1 detailed categories → CDC codes"); they are checked against the
 * code set in tests.
 */
public final class Figure1 {

    /** The category order of Figure 1. */
    public static final List<OmbCategory> CATEGORIES = List.of(OmbCategory.AMERICAN_INDIAN_OR_ALASKA_NATIVE, ASIAN,
            BLACK_OR_AFRICAN_AMERICAN, HISPANIC_OR_LATINO, MIDDLE_EASTERN_OR_NORTH_AFRICAN,
            NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, WHITE);

    /** Every detailed checkbox, in the form's order. */
    public static final List<Figure1Group> GROUPS = List.of(
            Figure1Group.of("chinese", "Chinese", ASIAN, "2034-7"),
            Figure1Group.of("asian-indian", "Asian Indian", ASIAN, "2029-7"),
            Figure1Group.of("filipino", "Filipino", ASIAN, "2036-2"),
            Figure1Group.of("vietnamese", "Vietnamese", ASIAN, "2047-9"),
            Figure1Group.of("korean", "Korean", ASIAN, "2040-4"),
            Figure1Group.of("japanese", "Japanese", ASIAN, "2039-6"),
            Figure1Group.of("african-american", "African American", BLACK_OR_AFRICAN_AMERICAN, "2058-6"),
            Figure1Group.of("jamaican", "Jamaican", BLACK_OR_AFRICAN_AMERICAN, "2072-7"),
            Figure1Group.of("haitian", "Haitian", BLACK_OR_AFRICAN_AMERICAN, "2071-9"),
            Figure1Group.of("nigerian", "Nigerian", BLACK_OR_AFRICAN_AMERICAN, "2065-1"),
            Figure1Group.of("ethiopian", "Ethiopian", BLACK_OR_AFRICAN_AMERICAN, "2062-8"),
            // No CDC code for Somali: stored as African with the name as text.
            new Figure1Group("somali", "Somali", BLACK_OR_AFRICAN_AMERICAN, "2060-2", Optional.of("Somali")),
            Figure1Group.of("mexican", "Mexican", HISPANIC_OR_LATINO, "2148-5"),
            Figure1Group.of("puerto-rican", "Puerto Rican", HISPANIC_OR_LATINO, "2180-8"),
            Figure1Group.of("salvadoran", "Salvadoran", HISPANIC_OR_LATINO, "2161-8"),
            Figure1Group.of("cuban", "Cuban", HISPANIC_OR_LATINO, "2182-4"),
            // 2184-0 is the Hispanic Dominican; 2069-3 is the Black "Dominican" (Dominica).
            Figure1Group.of("dominican", "Dominican", HISPANIC_OR_LATINO, "2184-0"),
            Figure1Group.of("guatemalan", "Guatemalan", HISPANIC_OR_LATINO, "2157-6"),
            Figure1Group.of("lebanese", "Lebanese", MIDDLE_EASTERN_OR_NORTH_AFRICAN, "2123-8"),
            Figure1Group.of("iranian", "Iranian", MIDDLE_EASTERN_OR_NORTH_AFRICAN, "2121-2"),
            Figure1Group.of("egyptian", "Egyptian", MIDDLE_EASTERN_OR_NORTH_AFRICAN, "2120-4"),
            Figure1Group.of("syrian", "Syrian", MIDDLE_EASTERN_OR_NORTH_AFRICAN, "2125-3"),
            Figure1Group.of("iraqi", "Iraqi", MIDDLE_EASTERN_OR_NORTH_AFRICAN, "2122-0"),
            Figure1Group.of("israeli", "Israeli", MIDDLE_EASTERN_OR_NORTH_AFRICAN, "2127-9"),
            Figure1Group.of("native-hawaiian", "Native Hawaiian", NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, "2079-2"),
            Figure1Group.of("samoan", "Samoan", NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, "2080-0"),
            Figure1Group.of("chamorro", "Chamorro", NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, "2088-3"),
            Figure1Group.of("tongan", "Tongan", NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, "2082-6"),
            Figure1Group.of("fijian", "Fijian", NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, "2101-4"),
            Figure1Group.of("marshallese", "Marshallese", NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER, "2090-9"),
            Figure1Group.of("english", "English", WHITE, "2110-5"),
            Figure1Group.of("german", "German", WHITE, "2112-1"),
            Figure1Group.of("irish", "Irish", WHITE, "2113-9"),
            Figure1Group.of("italian", "Italian", WHITE, "2114-7"),
            Figure1Group.of("polish", "Polish", WHITE, "2115-4"),
            Figure1Group.of("scottish", "Scottish", WHITE, "2116-2"));

    private Figure1() {
    }

    /** The detailed checkboxes of one category, in the form's order (none for AIAN). */
    public static List<Figure1Group> groupsOf(OmbCategory category) {
        return GROUPS.stream().filter(g -> g.category() == category).toList();
    }

    public static Optional<Figure1Group> group(String key) {
        return GROUPS.stream().filter(g -> g.key().equals(key)).findFirst();
    }
}
