package org.stratum.core.real.tabulation;

import java.util.Optional;
import org.stratum.core.real.OmbCategory;

/**
 * The CDC Race &amp; Ethnicity Code Set's tree (OID 2.16.840.1.113883.6.238): 966 concepts under the
 * roots Race 1000-9 and Ethnicity 2133-7. Only the tree is asked for; the codes are loaded from the
 * HL7 v3-Race and v3-Ethnicity code systems (HAPI FHIR's validation resources), never typed in.
 *
 * <p>{@link #minimumCategoryOf} rolls a detailed group up to its OMB 2024 minimum category: the
 * nearest ancestor-or-self that is a minimum category's code. Middle Eastern or North African
 * (2118-8) sits under White (2106-3) in the CDC tree, so its descendants reach it before White; Arab
 * (2129-5) is MENA's sibling under White, and OMB 2024 counts Arab people as MENA, so it rolls up to
 * MENA too (real-standards.md §1, "1997 data → 2024"). Other Race (2131-1), Not Hispanic or Latino
 * (2186-5) and the roots roll up to nothing.
 */
public interface CdcHierarchy {
    /** Other Race: the Census "Some Other Race", not an OMB category. */
    String OTHER_RACE = "2131-1";
    String NOT_HISPANIC_OR_LATINO = "2186-5";
    /** Arab, under White beside MENA in the CDC tree; MENA under OMB 2024. */
    String ARAB = "2129-5";

    /** Whether the code is in the code set. */
    boolean contains(String code);

    /** The code's parent; empty for the roots and for codes not in the set. */
    Optional<String> parentOf(String code);

    /** The OMB 2024 minimum category the code rolls up to, if any. */
    default Optional<OmbCategory> minimumCategoryOf(String code) {
        String node = code;
        while (node != null) {
            if (ARAB.equals(node)) {
                return Optional.of(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
            }
            for (OmbCategory category : OmbCategory.values()) {
                if (category.cdcCode().equals(node)) {
                    return Optional.of(category);
                }
            }
            node = parentOf(node).orElse(null);
        }
        return Optional.empty();
    }
}
