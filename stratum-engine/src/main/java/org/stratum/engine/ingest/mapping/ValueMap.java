package org.stratum.engine.ingest.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Local values and the standard values they stand for. Lookups ignore case and surrounding spaces;
 * the key {@code ""} maps empty cells (without it an empty cell stays empty).
 *
 * @param name   the map's name in the mapping, or a description of a built-in map
 * @param line   the mapping line that defines it, 0 for built-in maps
 * @param kind   what its standard values are
 * @param system the code system of a {@link ValueMapKind#CODE} map's codes
 * @param values by {@link #key(String) lookup key}
 */
record ValueMap(String name, int line, ValueMapKind kind, String system, Map<String, MappedValue> values) {
    ValueMap {
        values = Map.copyOf(values);
    }

    static String key(String local) {
        return local.strip().toLowerCase(Locale.ROOT);
    }

    Optional<MappedValue> lookUp(String local) {
        return Optional.ofNullable(values.get(key(local == null ? "" : local)));
    }

    boolean builtIn() {
        return line == 0;
    }

    /** "value map race", or "the allowed values of patient.sex" for a built-in map. */
    String label() {
        return builtIn() ? name : "value map " + name;
    }
}
