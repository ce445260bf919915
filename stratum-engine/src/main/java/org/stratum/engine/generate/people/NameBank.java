package org.stratum.engine.generate.people;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratum.engine.generate.ResourceCsv;
import org.stratum.engine.generate.Rng;

/**
 * Family and given names by community, read from {@code synthetic-names.csv}. Surnames follow
 * origin so that surname-based imputation (BISG) has something realistic to work on.
 */
public final class NameBank {
    private final Map<String, List<String>> names = new HashMap<>();

    public static NameBank load() {
        NameBank bank = new NameBank();
        for (NamedCsvRecord row : ResourceCsv.rows("synthetic-names.csv")) {
            bank.names.put(row.getField("pool") + "/" + row.getField("kind"), List.of(row.getField("names").split(";")));
        }
        return bank;
    }

    public String family(Rng rng, String pool) {
        return rng.pick(list(pool, "family"));
    }

    public String given(Rng rng, String pool, boolean female) {
        return rng.pick(list(pool, female ? "female" : "male"));
    }

    private List<String> list(String pool, String kind) {
        List<String> list = names.get(pool + "/" + kind);
        if (list == null) {
            throw new IllegalStateException("No " + kind + " names for pool " + pool);
        }
        return list;
    }
}
