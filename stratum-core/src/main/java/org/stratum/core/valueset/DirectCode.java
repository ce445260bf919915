package org.stratum.core.valueset;

import java.util.Objects;
import org.stratum.core.terminology.Coding;

/**
 * A code a measure names directly in its logic rather than through a value set (a CQL
 * {@code code} declaration, e.g. LOINC 8480-6 for systolic blood pressure in CMS165). Kept
 * beside the demo value sets so the synthetic-population generator and the demo-mode engine
 * can emit and recognise them; the list is taken from the public measure specifications.
 *
 * @param measure the measure's CMS identifier, e.g. {@code CMS165}
 * @param name    the name the measure's CQL gives the code
 * @param coding  the code itself
 */
public record DirectCode(String measure, String name, Coding coding) {

    public DirectCode {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(coding, "coding");
    }
}
