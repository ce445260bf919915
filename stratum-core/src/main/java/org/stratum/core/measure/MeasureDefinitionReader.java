package org.stratum.core.measure;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stratum.core.equity.Direction;
import org.stratum.core.terminology.Coding;

/**
 * Reads measure and shared-definition files (YAML; the format is described in docs/measures.md).
 * Every problem is collected, each with the file and field it concerns, and reported together.
 * The SQL itself is checked later by the engine, with the database's own parser and binder.
 */
public final class MeasureDefinitionReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern OID = Pattern.compile("[0-9]+(\\.[0-9]+)+");
    private static final Set<String> MEASURE_FIELDS = Set.of("id", "cms", "title", "description", "kind",
            "scoring", "improvement", "status", "uses", "valueSets", "codes", "definitions", "groups");
    private static final Set<String> SHARED_FIELDS = Set.of("shared", "description", "uses", "valueSets",
            "codes", "definitions", "views");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "title", "initial_population", "denominator",
            "denominator_exclusion", "numerator", "denominator_exception");

    private final String file;
    private final String origin;
    private final List<String> problems = new ArrayList<>();

    private MeasureDefinitionReader(String file, String origin) {
        this.file = file;
        this.origin = origin;
    }

    /**
     * Reads a measure definition.
     *
     * @param file   the file's name, for messages
     * @param origin {@link MeasureDefinition#BUILT_IN} or the path of a user's file
     * @throws InvalidMeasureDefinition listing every problem found
     */
    public static MeasureDefinition readMeasure(String file, String origin, InputStream in) {
        MeasureDefinitionReader reader = new MeasureDefinitionReader(file, origin);
        JsonNode root = reader.parse(in);
        MeasureDefinition definition = root == null ? null : reader.measure(root);
        reader.throwIfProblems();
        return definition;
    }

    /** Reads a file of shared definitions. */
    public static SharedDefinitions readShared(String file, String origin, InputStream in) {
        MeasureDefinitionReader reader = new MeasureDefinitionReader(file, origin);
        JsonNode root = reader.parse(in);
        SharedDefinitions shared = root == null ? null : reader.shared(root);
        reader.throwIfProblems();
        return shared;
    }

    private JsonNode parse(InputStream in) {
        try {
            JsonNode root = YAML.readTree(in);
            if (root == null || !root.isObject()) {
                problem("", "the file is not a YAML mapping of fields");
                return null;
            }
            return root;
        } catch (JacksonException e) {
            problem("", "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            return null;
        } catch (IOException e) {
            problem("", "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private MeasureDefinition measure(JsonNode root) {
        unknownFields(root, MEASURE_FIELDS, "");
        String id = text(root, "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem("id", "'" + id + "' must be lower-case letters, digits and hyphens");
        }
        boolean builtIn = MeasureDefinition.BUILT_IN.equals(origin);
        MeasureKind kind = choice(root, "kind", MeasureKind.class, builtIn ? null : MeasureKind.CUSTOM);
        if (!builtIn && kind != null && kind != MeasureKind.CUSTOM) {
            problem("kind", "a measure you add is of kind custom");
        }
        VerificationStatus status = choice(root, "status", VerificationStatus.class, VerificationStatus.UNVERIFIED);
        if (!builtIn && status == VerificationStatus.VERIFIED) {
            problem("status", "only built-in measures are verified (against the published eCQM test cases)");
        }
        String improvement = text(root, "improvement", true);
        Direction direction = null;
        if ("higher".equals(improvement)) {
            direction = Direction.HIGHER_IS_BETTER;
        } else if ("lower".equals(improvement)) {
            direction = Direction.LOWER_IS_BETTER;
        } else if (improvement != null) {
            problem("improvement", "'" + improvement + "' must be higher or lower (which rate is better)");
        }
        Scoring scoring = choice(root, "scoring", Scoring.class, Scoring.PROPORTION);
        List<MeasureGroup> groups = groups(root.get("groups"));
        return new MeasureDefinition(id, text(root, "cms", false), text(root, "title", true),
                text(root, "description", true), kind, scoring, direction, status, uses(root),
                valueSets(root.get("valueSets")), codes(root.get("codes")), sqlMap(root.get("definitions"), "definitions"),
                groups, origin);
    }

    private SharedDefinitions shared(JsonNode root) {
        unknownFields(root, SHARED_FIELDS, "");
        String name = text(root, "shared", true);
        if (name != null && !ID.matcher(name).matches()) {
            problem("shared", "'" + name + "' must be lower-case letters, digits and hyphens");
        }
        Map<String, String> definitions = sqlMap(root.get("definitions"), "definitions");
        return new SharedDefinitions(name, text(root, "description", true), uses(root),
                valueSets(root.get("valueSets")), codes(root.get("codes")), definitions,
                views(root.get("views"), definitions.keySet()), origin);
    }

    /** The definitions to read through rather than compute once: each must be one of the file's. */
    private Set<String> views(JsonNode node, Set<String> definitions) {
        Set<String> views = new LinkedHashSet<>();
        if (node == null) {
            return views;
        }
        if (!node.isArray()) {
            problem("views", "give a list of definition names");
            return views;
        }
        for (JsonNode view : node) {
            if (!definitions.contains(view.asText())) {
                problem("views", "'" + view.asText() + "' is not one of this file's definitions");
            }
            views.add(view.asText());
        }
        return views;
    }

    private List<MeasureGroup> groups(JsonNode node) {
        List<MeasureGroup> groups = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem("groups", "give at least one population group");
            return groups;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode group = node.get(i);
            String at = "groups[" + (i + 1) + "]";
            if (!group.isObject()) {
                problem(at, "a group is a mapping of id, title and populations");
                continue;
            }
            unknownFields(group, GROUP_FIELDS, at + ".");
            Map<Population, String> criteria = new EnumMap<>(Population.class);
            for (Population population : Population.values()) {
                JsonNode sql = group.get(population.key());
                if (sql != null && sql.isTextual() && !sql.asText().isBlank()) {
                    criteria.put(population, sql.asText());
                } else if (sql != null) {
                    problem(at + "." + population.key(), "give the SQL as text");
                }
            }
            for (Population required : List.of(Population.INITIAL_POPULATION, Population.DENOMINATOR,
                    Population.NUMERATOR)) {
                if (!criteria.containsKey(required)) {
                    problem(at + "." + required.key(), "missing; every group has an initial population, "
                            + "a denominator and a numerator");
                }
            }
            String id = group.hasNonNull("id") ? group.get("id").asText() : String.valueOf(i + 1);
            String title = group.hasNonNull("title") ? group.get("title").asText() : "Group " + (i + 1);
            groups.add(new MeasureGroup(id, title, criteria));
        }
        return groups;
    }

    private List<String> uses(JsonNode root) {
        List<String> uses = new ArrayList<>();
        JsonNode node = root.get("uses");
        if (node == null) {
            return uses;
        }
        if (!node.isArray()) {
            problem("uses", "give a list of shared-definition names");
            return uses;
        }
        node.forEach(n -> uses.add(n.asText()));
        return uses;
    }

    private List<ValueSetReference> valueSets(JsonNode node) {
        List<ValueSetReference> references = new ArrayList<>();
        if (node == null) {
            return references;
        }
        if (!node.isObject()) {
            problem("valueSets", "give a mapping of name to {oid, title}");
            return references;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = "valueSets." + entry.getKey();
            name(entry.getKey(), at);
            JsonNode value = entry.getValue();
            String oid = value.path("oid").asText(null);
            if (oid == null || !OID.matcher(oid).matches()) {
                problem(at + ".oid", oid == null ? "missing" : "'" + oid + "' is not an OID");
                continue;
            }
            references.add(new ValueSetReference(entry.getKey(), oid, value.path("title").asText(entry.getKey())));
        }
        return references;
    }

    private List<CodeReference> codes(JsonNode node) {
        List<CodeReference> references = new ArrayList<>();
        if (node == null) {
            return references;
        }
        if (!node.isObject()) {
            problem("codes", "give a mapping of name to {system, code, display}");
            return references;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = "codes." + entry.getKey();
            name(entry.getKey(), at);
            String system = entry.getValue().path("system").asText(null);
            String code = entry.getValue().path("code").asText(null);
            if (system == null || code == null) {
                problem(at, "give both system and code");
                continue;
            }
            references.add(new CodeReference(entry.getKey(),
                    new Coding(system, code, entry.getValue().path("display").asText(null))));
        }
        return references;
    }

    private Map<String, String> sqlMap(JsonNode node, String field) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null) {
            return map;
        }
        if (!node.isObject()) {
            problem(field, "give a mapping of name to SQL");
            return map;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            name(entry.getKey(), field + "." + entry.getKey());
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                problem(field + "." + entry.getKey(), "give the SQL as text");
                continue;
            }
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    private void name(String name, String at) {
        if (!NAME.matcher(name).matches()) {
            problem(at, "'" + name + "' must be lower-case letters, digits and underscores, starting with a letter");
        }
    }

    private String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            if (required) {
                problem(field, "missing");
            }
            return null;
        }
        if (!node.isValueNode()) {
            problem(field, "give a single value");
            return null;
        }
        return node.asText().strip();
    }

    private <E extends Enum<E>> E choice(JsonNode root, String field, Class<E> type, E fallback) {
        String value = text(root, field, fallback == null);
        if (value == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().replace('_', '-').equalsIgnoreCase(value)
                    || constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        problem(field, "'" + value + "' must be one of " + String.join(", ", allowed));
        return fallback;
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problem(prefix + name, "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }

    private void problem(String field, String reason) {
        problems.add(file + (field.isEmpty() ? "" : ": " + field) + ": " + reason);
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidMeasureDefinition(problems);
        }
    }
}
