package org.stratum.core.valueset;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.stratum.core.terminology.Coding;

/**
 * Demo stand-ins for the VSAC value sets the supported eCQMs use. VSAC content is licensed, so
 * Stratum ships none of it: instead, for each value-set OID, a handful of codes we chose that are
 * members of that value set (see {@code demo-value-sets.csv} and its README beside this class).
 * The synthetic-population generator draws codes from here so generated patients carry codes the
 * measures recognise, and the engine's demo mode uses the same lists as its "expansions".
 *
 * <p>A demo list is a small subset of the real value set, so it must never be used to evaluate
 * measures on real patient data or for real reporting: that needs the full expansions from VSAC.
 *
 * <p>Value sets whose only members are CPT codes (AMA copyright) have no demo list; asking for
 * them throws {@link UnknownValueSet} like any other OID the product does not ship.
 */
public final class DemoValueSets {

    private static final String VALUE_SETS = "demo-value-sets.csv";
    private static final String DIRECT_CODES = "demo-direct-codes.csv";
    private static final String CPT_ONLY = "cpt-only-value-sets.csv";

    private final Map<String, String> names;
    private final Map<String, List<Coding>> codes;
    private final Map<String, List<DirectCode>> directCodes;
    private final Map<String, String> cptOnly;

    private DemoValueSets(Map<String, String> names, Map<String, List<Coding>> codes,
            Map<String, List<DirectCode>> directCodes, Map<String, String> cptOnly) {
        this.names = names;
        this.codes = codes;
        this.directCodes = directCodes;
        this.cptOnly = cptOnly;
    }

    /** The demo lists bundled on the classpath; read once, then shared (the instance is immutable). */
    public static DemoValueSets load() {
        return Bundled.INSTANCE;
    }

    /**
     * The demo codes of a value set, in the order listed (the first is the most typical).
     *
     * @throws UnknownValueSet if there is no demo list for {@code oid}
     */
    public List<Coding> codes(String oid) {
        List<Coding> list = codes.get(oid);
        if (list == null) {
            throw new UnknownValueSet(oid);
        }
        return list;
    }

    /**
     * The most typical demo code of a value set.
     *
     * @throws UnknownValueSet if there is no demo list for {@code oid}
     */
    public Coding first(String oid) {
        return codes(oid).get(0);
    }

    /** Every OID that has a demo list, in file order. */
    public Set<String> oids() {
        return codes.keySet();
    }

    /**
     * The value set's name as VSAC titles it, e.g. "Essential Hypertension".
     *
     * @throws UnknownValueSet if there is no demo list for {@code oid}
     */
    public String name(String oid) {
        String name = names.get(oid);
        if (name == null) {
            throw new UnknownValueSet(oid);
        }
        return name;
    }

    /**
     * Whether {@code coding} is one of the demo codes of the value set, matching on system and
     * code only (see {@link Coding#sameCode}). False for a real member that is not in the demo list.
     *
     * @throws UnknownValueSet if there is no demo list for {@code oid}
     */
    public boolean contains(String oid, Coding coding) {
        return codes(oid).stream().anyMatch(c -> c.sameCode(coding));
    }

    /**
     * The codes a measure references directly, e.g. {@code directCodes("CMS165")}; empty for a
     * measure Stratum does not know.
     */
    public List<DirectCode> directCodes(String measureId) {
        return directCodes.getOrDefault(measureId, List.of());
    }

    /**
     * The value sets of the supported measures whose members are all CPT codes, so they have no demo
     * list (see the README): OID to title. Demo runs treat them as empty.
     */
    public Map<String, String> cptOnly() {
        return cptOnly;
    }

    /** The measures that have direct codes listed, as CMS identifiers. */
    public Set<String> measures() {
        return directCodes.keySet();
    }

    private static DemoValueSets read() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Coding>> codes = new LinkedHashMap<>();
        readCsv(VALUE_SETS, row -> {
            String oid = required(row, "oid");
            String name = required(row, "value_set");
            String previous = names.putIfAbsent(oid, name);
            if (previous != null && !previous.equals(name)) {
                throw new IllegalStateException(VALUE_SETS + " line " + row.getStartingLineNumber()
                        + ": value set " + oid + " is named both '" + previous + "' and '" + name + "'");
            }
            codes.computeIfAbsent(oid, k -> new ArrayList<>()).add(coding(row));
        });
        Map<String, List<DirectCode>> direct = new LinkedHashMap<>();
        readCsv(DIRECT_CODES, row -> {
            String measure = required(row, "measure");
            direct.computeIfAbsent(measure, k -> new ArrayList<>())
                    .add(new DirectCode(measure, required(row, "name"), coding(row)));
        });
        Map<String, String> cptOnly = new LinkedHashMap<>();
        readCsv(CPT_ONLY, row -> cptOnly.put(required(row, "oid"), required(row, "value_set")));
        return new DemoValueSets(Collections.unmodifiableMap(names), frozen(codes), frozen(direct),
                Collections.unmodifiableMap(cptOnly));
    }

    private static void readCsv(String resource, Consumer<NamedCsvRecord> rowHandler) {
        InputStream in = DemoValueSets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource + " next to "
                    + DemoValueSets.class.getName());
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            csv.forEach(rowHandler);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Coding coding(NamedCsvRecord row) {
        String display = row.getField("display");
        return new Coding(required(row, "system"), required(row, "code"), display.isBlank() ? null : display);
    }

    private static String required(NamedCsvRecord row, String column) {
        String value = row.getField(column);
        if (value.isBlank()) {
            throw new IllegalStateException("Empty '" + column + "' on line " + row.getStartingLineNumber());
        }
        return value;
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> map) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** Lazy holder: the files are read on first use, once. */
    private static final class Bundled {
        static final DemoValueSets INSTANCE = read();
    }
}
