package org.stratum.core.measure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One population group of a measure (CMS138 has three). Each population's criteria is a SELECT
 * returning {@code period_id, patient_id} for the patients who meet it; the engine intersects them
 * as a proportion measure requires, so a criterion need not repeat the populations above it.
 *
 * @param id       the group's id, unique within the measure, e.g. {@code 1}
 * @param title    what the group counts, for people
 * @param criteria SQL per population; initial population, denominator and numerator are always present
 */
public record MeasureGroup(String id, String title, Map<Population, String> criteria) {

    public MeasureGroup {
        criteria = Collections.unmodifiableMap(new EnumMap<>(criteria));
    }

    public Optional<String> criterion(Population population) {
        return Optional.ofNullable(criteria.get(population));
    }

    public boolean has(Population population) {
        return criteria.containsKey(population);
    }
}
