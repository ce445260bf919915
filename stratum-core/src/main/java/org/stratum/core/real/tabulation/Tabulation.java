package org.stratum.core.real.tabulation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of tabulating a population one way: every stratum in published order with its count
 * and share, and each patient's strata (for stratifying a measure). When {@link #overlapping()} is
 * true, a patient may be in several strata and the counts must not be added up.
 */
public final class Tabulation {
    private final TabulationMethod method;
    private final int patients;
    private final List<StratumCount> strata;
    private final Map<String, List<Stratum>> byPatient;

    Tabulation(TabulationMethod method, Map<String, List<Stratum>> byPatient) {
        this.method = method;
        this.patients = byPatient.size();
        this.byPatient = Map.copyOf(byPatient);
        Map<String, Stratum> all = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        method.fixedStrata().forEach(s -> all.put(s.key(), s));
        byPatient.values().forEach(list -> list.forEach(s -> {
            all.putIfAbsent(s.key(), s);
            counts.merge(s.key(), 1, Integer::sum);
        }));
        this.strata = all.values().stream()
                .sorted(Comparator.comparingInt(Stratum::rank).thenComparing(Stratum::key))
                .map(s -> {
                    int n = counts.getOrDefault(s.key(), 0);
                    return new StratumCount(s, n, patients == 0 ? 0 : (double) n / patients);
                })
                .toList();
    }

    public TabulationMethod method() {
        return method;
    }

    public boolean overlapping() {
        return method.overlapping();
    }

    /** Everyone tabulated, whether or not they answered. */
    public int patients() {
        return patients;
    }

    public List<StratumCount> strata() {
        return strata;
    }

    public Optional<StratumCount> stratum(String key) {
        return strata.stream().filter(c -> c.stratum().key().equals(key)).findFirst();
    }

    /** The patient's strata; empty for a patient not in the tabulated population. */
    public List<Stratum> strataOf(String patientId) {
        return byPatient.getOrDefault(patientId, List.of());
    }
}
