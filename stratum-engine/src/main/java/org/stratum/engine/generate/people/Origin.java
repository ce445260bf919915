package org.stratum.engine.generate.people;

import java.util.Optional;
import org.stratum.core.real.OmbCategory;

/**
 * A detailed origin a synthetic person identifies with (Mexican, Hmong, Iranian…): its CDC code when
 * the code set has one, the OMB 2024 minimum category it rolls up to, the language its speakers
 * may prefer and how often, and the pool their names come from.
 *
 * @param cdcCode      detailed CDC Race & Ethnicity code, empty when only the minimum category is known
 * @param writeIn      free text recorded beside the code when the code set lacks the group (e.g. Russian)
 * @param language     BCP-47 language that speakers of this origin may prefer, empty for English only
 * @param languageShare probability that an adult of this origin prefers that language
 */
public record Origin(String name, PrimaryGroup group, OmbCategory category, Optional<String> cdcCode,
                     String cdcDisplay, Optional<String> writeIn, Optional<String> language, double languageShare,
                     String namePool) {
}
