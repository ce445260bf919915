package org.stratum.core.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Logic several measures share, written once: qualifying visits, hospice, palliative care, advanced
 * illness and frailty. Each definition is a relation over {@code measurement_period} that measures
 * listing this piece under {@code uses} may read by name.
 */
public record SharedDefinitions(
        String name,
        String description,
        List<String> uses,
        List<ValueSetReference> valueSets,
        List<CodeReference> codes,
        Map<String, String> definitions,
        Set<String> views,
        String origin) {

    public SharedDefinitions {
        uses = List.copyOf(uses);
        valueSets = List.copyOf(valueSets);
        codes = List.copyOf(codes);
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        views = Set.copyOf(views);
    }
}
