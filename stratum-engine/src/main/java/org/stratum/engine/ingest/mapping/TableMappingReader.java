package org.stratum.engine.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stratum.engine.warehouse.WarehouseSchema;
import org.stratum.engine.warehouse.WarehouseSchema.Column;

/** Reads and checks what one source file gives one warehouse table. */
final class TableMappingReader {
    private static final List<String> KEYS = List.of("table", "when-present", "columns");

    private TableMappingReader() {
    }

    static TableMapping read(MappingNode node, Map<String, ValueMap> maps) {
        node.allowOnly("a table entry", KEYS);
        MappingNode tableNode = node.require("table", "each entry of tables");
        String table = tableNode.text("table");
        if (!WarehouseSchema.DATA_TABLES.contains(table)) {
            throw tableNode.invalid("unknown table '" + table + "'; tables: " + String.join(", ", WarehouseSchema.DATA_TABLES));
        }
        Map<String, Column> schema = WarehouseSchema.columns(table).stream().filter(c -> !c.name().equals("source"))
                .collect(Collectors.toMap(Column::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<ColumnMapping> columns = new ArrayList<>();
        node.require("columns", "table " + table).map("columns").forEach((target, spec) -> {
            Column column = schema.get(target);
            if (column == null) {
                throw spec.invalid("table " + table + " has no column '" + target + "'; its columns: "
                        + String.join(", ", schema.keySet()));
            }
            columns.add(ColumnMappingReader.read(table, column, spec, maps));
        });
        if (columns.stream().filter(c -> c.split() != null).count() > 1) {
            throw node.invalid("only one column of a table entry may split its cell");
        }
        addSystems(table, columns);
        List<DerivedColumn> derived = derived(table, columns);
        checkRequired(tableNode, table, columns, derived);
        return new TableMapping(table, tableNode.line(), whenPresent(node), columns, derived);
    }

    /** A code column read with {@code system: loinc} gets its system column filled with that system's URI. */
    private static void addSystems(String table, List<ColumnMapping> columns) {
        Set<String> set = columns.stream().map(ColumnMapping::target).collect(Collectors.toSet());
        for (ColumnMapping column : List.copyOf(columns)) {
            if (column.system() != null) {
                String sibling = Companions.sibling(table, column.target(), "system").orElseThrow();
                if (set.add(sibling)) {
                    columns.add(new ColumnMapping(sibling, "VARCHAR", column.line(), new Constant(column.system()), null,
                            null, null, null));
                }
            }
        }
    }

    private static List<DerivedColumn> derived(String table, List<ColumnMapping> columns) {
        Map<String, DerivedColumn> derived = new LinkedHashMap<>();
        Set<String> set = columns.stream().map(ColumnMapping::target).collect(Collectors.toSet());
        for (ColumnMapping column : columns) {
            Companions.of(table, column).forEach((target, field) -> {
                if (!set.contains(target)) {
                    derived.putIfAbsent(target, new DerivedColumn(target, column, field));
                }
            });
        }
        return List.copyOf(derived.values());
    }

    private static void checkRequired(MappingNode at, String table, List<ColumnMapping> columns, List<DerivedColumn> derived) {
        Set<String> provided = new TreeSet<>();
        columns.forEach(c -> provided.add(c.target()));
        derived.forEach(d -> provided.add(d.target()));
        for (Column column : WarehouseSchema.columns(table)) {
            if (!column.nullable() && !column.name().equals("source") && !provided.contains(column.name())) {
                throw at.invalid("table " + table + " needs a value for " + column.name() + ": name a source column,"
                        + " or give a constant with { value: … }" + (table.equals("patient_race_ethnicity")
                        ? " (a code read through a race-ethnicity value map fills response, system and detailed)" : ""));
            }
        }
    }

    private static List<SourceColumn> whenPresent(MappingNode node) {
        return node.get("when-present").map(n -> n.isList()
                        ? n.list("when-present").stream().map(c -> new SourceColumn(c.text("a column"), c.line())).toList()
                        : List.of(new SourceColumn(n.text("when-present"), n.line())))
                .orElse(List.of());
    }
}
