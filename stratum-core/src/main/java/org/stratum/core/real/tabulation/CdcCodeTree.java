package org.stratum.core.real.tabulation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;

/**
 * A {@link CdcHierarchy} held as a map from each code to its parent (roots map to null), as a
 * loader builds it from a code system's nested concepts or a flat code/parent table.
 */
public final class CdcCodeTree implements CdcHierarchy {
    private final Map<String, String> parents;

    /** {@code parents}: every code of the set, mapped to its parent code, or to null for a root. */
    public CdcCodeTree(Map<String, String> parents) {
        this.parents = new HashMap<>(parents);
        this.parents.forEach((code, parent) -> {
            if (parent != null && !this.parents.containsKey(parent)) {
                throw new IllegalArgumentException("code " + code + " has parent " + parent + ", which is not in the set");
            }
        });
    }

    /** The product's tree: the CDC Race &amp; Ethnicity code set bundled with HAPI FHIR. */
    public static CdcCodeTree of(CdcRaceEthnicityCodeSet codeSet) {
        Map<String, String> parents = new HashMap<>();
        // The abstract roots (Race, Ethnicity) are not codes of the set: their children are roots here.
        codeSet.concepts().values().forEach(c -> parents.put(c.code(),
                codeSet.concepts().containsKey(c.parent()) ? c.parent() : null));
        return new CdcCodeTree(parents);
    }

    @Override
    public boolean contains(String code) {
        return parents.containsKey(code);
    }

    @Override
    public Optional<String> parentOf(String code) {
        return Optional.ofNullable(parents.get(code));
    }

    public Set<String> codes() {
        return Set.copyOf(parents.keySet());
    }

    public int size() {
        return parents.size();
    }
}
