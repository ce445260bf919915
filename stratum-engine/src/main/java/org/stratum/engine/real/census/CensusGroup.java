package org.stratum.engine.real.census;

import java.util.EnumMap;
import java.util.Map;

/**
 * The raw numbers of one group of patients beside the census (not for showing as they are: {@link
 * PublishedCensusComparison} hides the small ones).
 *
 * @param population  the group's patients with a visit in the period
 * @param patients    of them, those compared: with a race and ethnicity answer and a ZCTA in the census
 *                    table, by category
 * @param censusShare per category, the census share of the ZCTAs the compared patients live in,
 *                    weighted by how many of them live in each (empty when none is compared)
 */
public record CensusGroup(String label, long population, Map<CensusCategory, Long> patients,
                          Map<CensusCategory, Double> censusShare) {

    public CensusGroup {
        EnumMap<CensusCategory, Long> all = new EnumMap<>(CensusCategory.class);
        for (CensusCategory category : CensusCategory.values()) {
            all.put(category, patients.getOrDefault(category, 0L));
        }
        patients = Map.copyOf(all);
        censusShare = Map.copyOf(censusShare);
    }

    public long compared() {
        return patients.values().stream().mapToLong(Long::longValue).sum();
    }

    public long notCompared() {
        return population - compared();
    }
}
