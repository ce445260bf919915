package org.stratum.core.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The measures Stratum knows: the built-in library (the 12 eCQMs and the patient-experience
 * measures, with the shared definitions they use) and any definition files a user adds. Checks
 * that ties between files hold: unique ids, known shared definitions, and each value-set name
 * meaning one OID throughout.
 */
public final class MeasureLibrary {
    private static final String LIBRARY = "library/";
    private static final String INDEX = LIBRARY + "index.txt";

    private final List<MeasureDefinition> measures;
    private final Map<String, SharedDefinitions> shared;

    private MeasureLibrary(List<MeasureDefinition> measures, Map<String, SharedDefinitions> shared) {
        this.measures = List.copyOf(measures);
        this.shared = Map.copyOf(shared);
    }

    /** The built-in library, read from the classpath and checked once: every page view asks for it. */
    public static MeasureLibrary builtIn() {
        return BuiltIn.LIBRARY;
    }

    /** Read on first use, by the JVM's class initialisation, which is thread-safe. */
    private static final class BuiltIn {
        static final MeasureLibrary LIBRARY = readBuiltIn();
    }

    private static MeasureLibrary readBuiltIn() {
        List<MeasureDefinition> measures = new ArrayList<>();
        Map<String, SharedDefinitions> shared = new LinkedHashMap<>();
        for (String file : builtInFiles()) {
            try (InputStream in = resource(file)) {
                if (file.startsWith("shared/")) {
                    SharedDefinitions definitions = MeasureDefinitionReader.readShared(file, MeasureDefinition.BUILT_IN, in);
                    shared.put(definitions.name(), definitions);
                } else {
                    measures.add(MeasureDefinitionReader.readMeasure(file, MeasureDefinition.BUILT_IN, in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the built-in measure " + file, e);
            }
        }
        return checked(measures, shared);
    }

    /**
     * This library plus the measure definitions ({@code *.yaml}) in {@code directory}.
     *
     * @throws InvalidMeasureDefinition naming each file, field and reason when any of them is unusable
     */
    public MeasureLibrary withDefinitionsIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return withDefinitionFiles(files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList());
        } catch (IOException e) {
            throw new InvalidMeasureDefinition(List.of(directory + ": cannot be read: " + e.getMessage()));
        }
    }

    /**
     * This library plus the measure definitions in {@code files}.
     *
     * @throws InvalidMeasureDefinition naming each file, field and reason when any of them is unusable
     */
    public MeasureLibrary withDefinitionFiles(List<Path> files) {
        List<MeasureDefinition> all = new ArrayList<>(measures);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                all.add(MeasureDefinitionReader.readMeasure(file.getFileName().toString(), file.toString(), in));
            } catch (InvalidMeasureDefinition e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeasureDefinition(problems);
        }
        return checked(all, shared);
    }

    public List<MeasureDefinition> measures() {
        return measures;
    }

    /** The measure answering to {@code name}: our id, a CMS id such as CMS122v13, or a CMS number such as CMS122. */
    public Optional<MeasureDefinition> find(String name) {
        return measures.stream().filter(m -> m.isCalled(name)).findFirst();
    }

    /** @throws UnknownMeasure listing the known ids when no measure answers to {@code name} */
    public MeasureDefinition require(String name) {
        return find(name).orElseThrow(() -> new UnknownMeasure(name, measures.stream()
                .map(m -> m.cmsNumber().map(n -> m.id() + " (" + n + ")").orElse(m.id())).toList()));
    }

    /** The shared definitions a measure reads, directly or through other shared pieces, dependencies first. */
    public List<SharedDefinitions> sharedFor(MeasureDefinition measure) {
        Set<String> ordered = new LinkedHashSet<>();
        measure.uses().forEach(name -> visit(name, ordered, new LinkedHashSet<>()));
        return ordered.stream().map(shared::get).toList();
    }

    /** Every value set the measure reads, its own and its shared definitions', by name. */
    public List<ValueSetReference> valueSetsFor(MeasureDefinition measure) {
        Map<String, ValueSetReference> byName = new LinkedHashMap<>();
        sharedFor(measure).forEach(s -> s.valueSets().forEach(v -> byName.putIfAbsent(v.name(), v)));
        measure.valueSets().forEach(v -> byName.putIfAbsent(v.name(), v));
        return List.copyOf(byName.values());
    }

    /** Every code the measure names, its own and its shared definitions', by name. */
    public List<CodeReference> codesFor(MeasureDefinition measure) {
        Map<String, CodeReference> byName = new LinkedHashMap<>();
        sharedFor(measure).forEach(s -> s.codes().forEach(c -> byName.putIfAbsent(c.name(), c)));
        measure.codes().forEach(c -> byName.putIfAbsent(c.name(), c));
        return List.copyOf(byName.values());
    }

    private void visit(String name, Set<String> ordered, Set<String> path) {
        SharedDefinitions definitions = shared.get(name);
        if (definitions == null || ordered.contains(name) || !path.add(name)) {
            return;
        }
        definitions.uses().forEach(dependency -> visit(dependency, ordered, path));
        ordered.add(name);
    }

    private static MeasureLibrary checked(List<MeasureDefinition> measures, Map<String, SharedDefinitions> shared) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (MeasureDefinition measure : measures) {
            String where = where(measure.origin(), measure.id());
            String earlier = ids.putIfAbsent(measure.id(), where);
            if (earlier != null) {
                problems.add(where + ": id: '" + measure.id() + "' is already the id of " + earlier);
            }
            measure.cmsNumber().ifPresent(cms -> {
                String first = ids.putIfAbsent(cms.toLowerCase(), where);
                if (first != null) {
                    problems.add(where + ": cms: " + cms + " is already defined by " + first);
                }
            });
            checkUses(where, measure.uses(), shared, problems);
        }
        for (SharedDefinitions definitions : shared.values()) {
            checkUses(where(definitions.origin(), definitions.name()), definitions.uses(), shared, problems);
            if (reaches(definitions.name(), definitions.name(), shared, new LinkedHashSet<>())) {
                problems.add("shared/" + definitions.name() + ": uses: it uses itself through " + definitions.uses());
            }
        }
        checkValueSetNames(measures, shared, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMeasureDefinition(problems);
        }
        return new MeasureLibrary(measures, shared);
    }

    private static void checkUses(String where, List<String> uses, Map<String, SharedDefinitions> shared,
            List<String> problems) {
        for (String name : uses) {
            if (!shared.containsKey(name)) {
                problems.add(where + ": uses: there are no shared definitions called '" + name + "' (known: "
                        + String.join(", ", shared.keySet().stream().sorted().toList()) + ")");
            }
        }
    }

    private static boolean reaches(String target, String from, Map<String, SharedDefinitions> shared, Set<String> seen) {
        SharedDefinitions definitions = shared.get(from);
        if (definitions == null || !seen.add(from)) {
            return false;
        }
        for (String next : definitions.uses()) {
            if (next.equals(target) || reaches(target, next, shared, seen)) {
                return true;
            }
        }
        return false;
    }

    /** A value-set name is a relation name at run time, so it must mean the same OID everywhere. */
    private static void checkValueSetNames(List<MeasureDefinition> measures, Map<String, SharedDefinitions> shared,
            List<String> problems) {
        Map<String, String> oidByName = new HashMap<>();
        Map<String, String> firstUse = new HashMap<>();
        List<Map.Entry<String, List<ValueSetReference>>> all = new ArrayList<>();
        shared.values().forEach(s -> all.add(Map.entry(where(s.origin(), s.name()), s.valueSets())));
        measures.forEach(m -> all.add(Map.entry(where(m.origin(), m.id()), m.valueSets())));
        for (Map.Entry<String, List<ValueSetReference>> entry : all) {
            for (ValueSetReference reference : entry.getValue()) {
                String oid = oidByName.putIfAbsent(reference.name(), reference.oid());
                firstUse.putIfAbsent(reference.name(), entry.getKey());
                if (oid != null && !oid.equals(reference.oid())) {
                    problems.add(entry.getKey() + ": valueSets." + reference.name() + ": the name already means "
                            + oid + " in " + firstUse.get(reference.name()) + "; give this value set another name");
                }
            }
        }
    }

    private static String where(String origin, String name) {
        return MeasureDefinition.BUILT_IN.equals(origin) ? name : origin;
    }

    private static List<String> builtInFiles() {
        try (InputStream in = resource(INDEX);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the measure library index", e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = MeasureLibrary.class.getResourceAsStream(file.startsWith(LIBRARY) ? file : LIBRARY + file);
        if (in == null) {
            throw new IllegalStateException("The built-in measure library lacks " + file);
        }
        return in;
    }
}
