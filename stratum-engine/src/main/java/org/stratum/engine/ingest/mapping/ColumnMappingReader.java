package org.stratum.engine.ingest.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stratum.engine.warehouse.WarehouseSchema.Column;

/** Reads how one warehouse column is filled: {@code MRN}, or {@code { column: DOB, format: MM/dd/yyyy }}, etc. */
final class ColumnMappingReader {
    private static final List<String> KEYS = List.of("column", "value", "concat", "separator", "split", "map", "format",
            "system");

    private ColumnMappingReader() {
    }

    static ColumnMapping read(String table, Column column, MappingNode spec, Map<String, ValueMap> maps) {
        String target = column.name();
        if (!spec.isMap()) {
            ValueSource source = new SourceColumn(spec.text(target), spec.line());
            return new ColumnMapping(target, column.type(), spec.line(), source, null,
                    BuiltInValueMaps.forColumn(table, target).orElse(null), null, null);
        }
        spec.allowOnly("column " + target, KEYS);
        ValueSource source = ValueSources.read(spec, target);
        String split = spec.get("split").map(s -> s.text("split")).orElse(null);
        if (split != null && (!(source instanceof SourceColumn) || split.isEmpty())) {
            throw spec.invalid("split needs a source column and a separator, e.g. { column: RACE, split: \"|\" }");
        }
        ValueMap map = spec.get("map").map(m -> valueMap(m, maps)).orElse(null);
        if (map != null) {
            Companions.checkUse(spec.get("map").get(), map, table, target);
            checkTargets(spec, map, table, target);
            map = BuiltInValueMaps.withAllowedValues(map, table, target);
        }
        DatePattern format = spec.get("format").map(DatePattern::parse).orElse(null);
        ColumnMapping mapped = new ColumnMapping(target, column.type(), spec.line(), source, split,
                map != null ? map : BuiltInValueMaps.forColumn(table, target).orElse(null), format, system(spec, table, target, map));
        if (format != null && !mapped.isTemporal()) {
            throw spec.invalid("format is for date and time columns; " + table + "." + target + " is " + column.type());
        }
        if (source instanceof Constant constant) {
            checkConstant(spec, mapped, constant.value());
        }
        return mapped;
    }

    private static ValueMap valueMap(MappingNode node, Map<String, ValueMap> maps) {
        String name = node.text("map");
        ValueMap map = maps.get(name);
        if (map == null) {
            throw node.invalid("unknown value map '" + name + "'; the mapping defines "
                    + (maps.isEmpty() ? "none" : String.join(", ", maps.keySet())));
        }
        return map;
    }

    /** A values map used for a column with a closed set of values must translate into that set. */
    private static void checkTargets(MappingNode spec, ValueMap map, String table, String target) {
        Optional<List<String>> allowed = ColumnVocabulary.of(table, target);
        if (map.kind() != ValueMapKind.VALUES || allowed.isEmpty()) {
            return;
        }
        for (MappedValue value : map.values().values()) {
            if (!allowed.get().contains(value.value())) {
                throw new MappingInvalid(spec.file(), value.line(), "value map " + map.name() + " maps \"" + value.local()
                        + "\" to \"" + value.value() + "\", which " + table + "." + target + " does not allow; allowed: "
                        + String.join(", ", allowed.get()));
            }
        }
    }

    private static String system(MappingNode spec, String table, String target, ValueMap map) {
        Optional<MappingNode> node = spec.get("system");
        if (node.isEmpty()) {
            return null;
        }
        if (map != null || Companions.sibling(table, target, "system").isEmpty()) {
            throw node.get().invalid("system names the code system of a code column read without a value map ("
                    + (map != null ? "the value map names its own" : table + "." + target + " is not one") + ")");
        }
        return CodeSystemNames.uri(node.get());
    }

    private static void checkConstant(MappingNode spec, ColumnMapping column, String value) {
        if (column.map() != null && column.map().lookUp(value).isEmpty()) {
            throw spec.invalid("the constant \"" + value + "\" is not in " + column.map().label());
        }
        if (column.system() != null) {
            CodeSystemNames.check(spec, column.system(), CodeSystemNames.normalise(column.system(), value));
        }
    }
}
