package org.stratum.core.real.selfid;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stratum.core.real.OmbCategory;

/**
 * What a patient answered on the self-identification form. Every question is optional; an empty
 * value means the question was left blank, a declined value that the patient chose "prefer not to
 * answer".
 *
 * @param categories        minimum categories ticked on the combined question
 * @param detailedGroups    keys of the {@link Figure1} detailed checkboxes ticked
 * @param writeIns          "Enter, for example, …" texts by category, never blank
 * @param raceDeclined      "prefer not to answer" on the combined question
 * @param preferredLanguage BCP-47 code of the language the patient prefers for their care
 * @param languageDeclined  "prefer not to answer" on the language question
 * @param interpreterNeeded whether they need an interpreter
 * @param sexualOrientation the optional sexual orientation answer
 * @param genderIdentity    the optional gender identity answer
 * @param disability        the optional disability answers, by question
 */
public record SelfIdentification(Set<OmbCategory> categories, Set<String> detailedGroups,
                                 Map<OmbCategory, String> writeIns, boolean raceDeclined,
                                 Optional<String> preferredLanguage, boolean languageDeclined,
                                 Optional<YesNoAnswer> interpreterNeeded,
                                 Optional<SexualOrientationAnswer> sexualOrientation,
                                 Optional<GenderIdentityAnswer> genderIdentity,
                                 Map<DisabilityQuestion, YesNoAnswer> disability) {

    public SelfIdentification {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        detailedGroups = Set.copyOf(new LinkedHashSet<>(detailedGroups));
        detailedGroups.forEach(key -> Figure1.group(key)
                .orElseThrow(() -> new IllegalArgumentException("Not a detailed group of the form: " + key)));
        Map<OmbCategory, String> texts = new EnumMap<>(OmbCategory.class);
        writeIns.forEach((category, text) -> {
            if (text != null && !text.isBlank()) {
                texts.put(category, text.strip());
            }
        });
        writeIns = Map.copyOf(texts);
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        Objects.requireNonNull(interpreterNeeded, "interpreterNeeded");
        Objects.requireNonNull(sexualOrientation, "sexualOrientation");
        Objects.requireNonNull(genderIdentity, "genderIdentity");
        disability = Map.copyOf(disability);
        if (raceDeclined && hasRaceOrEthnicity(categories, detailedGroups, writeIns)) {
            throw new IllegalArgumentException("Race and ethnicity cannot be both answered and declined");
        }
        if (languageDeclined && preferredLanguage.isPresent()) {
            throw new IllegalArgumentException("The preferred language cannot be both answered and declined");
        }
    }

    /** True when any category, detailed group or write-in is given on the combined question. */
    public boolean answersRaceOrEthnicity() {
        return hasRaceOrEthnicity(categories, detailedGroups, writeIns);
    }

    /** The minimum categories answered, ticked or implied by a detailed group or write-in. */
    public Set<OmbCategory> answeredCategories() {
        Set<OmbCategory> all = EnumSet.noneOf(OmbCategory.class);
        all.addAll(categories);
        detailedGroups.forEach(key -> all.add(Figure1.group(key).orElseThrow().category()));
        all.addAll(writeIns.keySet());
        return all;
    }

    private static boolean hasRaceOrEthnicity(Set<OmbCategory> categories, Set<String> groups,
                                              Map<OmbCategory, String> writeIns) {
        return !categories.isEmpty() || !groups.isEmpty() || !writeIns.isEmpty();
    }
}
