package org.stratum.core.real.selfid;

import java.util.Optional;
import org.stratum.core.real.OmbCategory;

/**
 * A detailed checkbox of the OMB 2024 recommended form (SPD 15, Figure 1), e.g. Salvadoran under
 * Hispanic or Latino.
 *
 * @param key      a stable, language-neutral key used in form fields, message bundles and the
 *                 Questionnaire's answer codes (e.g. {@code salvadoran})
 * @param name     the English name printed on the form
 * @param category the minimum category it belongs to
 * @param cdcCode  its CDC Race &amp; Ethnicity code
 * @param writeIn  the text stored with the code when the code is broader than the group (Somali has
 *                 no code of its own, so it is stored as African 2060-2 with the text "Somali")
 */
public record Figure1Group(String key, String name, OmbCategory category, String cdcCode, Optional<String> writeIn) {

    static Figure1Group of(String key, String name, OmbCategory category, String cdcCode) {
        return new Figure1Group(key, name, category, cdcCode, Optional.empty());
    }
}
