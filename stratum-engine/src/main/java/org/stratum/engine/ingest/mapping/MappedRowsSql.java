package org.stratum.engine.ingest.mapping;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stratum.core.terminology.CodeSystems;

/**
 * The SQL that turns one source file's rows into one warehouse table's rows, in steps DuckDB runs as
 * one query: the file's rows ({@link SourceRows}), each column's raw value ({@code r_i}: trimmed, empty as null, constants and
 * concatenations), look values up in the value maps ({@code u_<column>}, with {@code hit_i} saying
 * whether the map knew the value), and convert to the warehouse type ({@code t_<column>}). Names come
 * from the warehouse catalogue; values from the mapping are bind parameters.
 */
final class MappedRowsSql {
    private final TableMapping table;
    private final SourceRows source;
    private final Map<ValueMap, Integer> mapIds;
    private final ValueConversions conversions;

    MappedRowsSql(TableMapping table, SourceRows source, Map<ValueMap, Integer> mapIds, ZoneId zone) {
        this.table = table;
        this.source = source;
        this.mapIds = new IdentityHashMap<>(mapIds);
        this.conversions = new ValueConversions(zone);
    }

    TableMapping table() {
        return table;
    }

    /** The warehouse columns filled, explicit ones first. */
    List<String> targets() {
        List<String> targets = new ArrayList<>(table.columns().stream().map(ColumnMapping::target).toList());
        table.derived().forEach(d -> targets.add(d.target()));
        return targets;
    }

    /**
     * The query of the converted rows: rn, r_i, hit_i, u_column, t_column, and p_column for times (parsed,
     * before the change to UTC, which checks need not pay for).
     */
    Sql typedRows(boolean numbered) {
        Sql parsed = new Sql().text("SELECT m.*");
        Sql typed = new Sql().text("SELECT p.*");
        for (ColumnMapping column : table.columns()) {
            String target = column.target();
            if (column.type().startsWith("TIMESTAMP")) {
                parsed.text(", ").add(conversions.parsedTime("m.u_" + target, column.format())).text(" AS p_" + target);
                typed.text(", ").add(conversions.inUtc("p.p_" + target, "p.u_" + target, column.format()))
                        .text(" AS t_" + target);
            } else {
                typed.text(", ").add(conversions.converted("p.u_" + target, column.type(), column.format()))
                        .text(" AS t_" + target);
            }
        }
        for (DerivedColumn column : table.derived()) {
            typed.text(", p.u_" + column.target() + " AS t_" + column.target());
        }
        parsed.text(" FROM (").add(mappedRows(numbered)).text(") m");
        return typed.text(" FROM (").add(parsed).text(") p");
    }

    /** Position of an explicit column in the table mapping, which numbers r_i and hit_i. */
    int index(ColumnMapping column) {
        return table.columns().indexOf(column);
    }

    private Sql mappedRows(boolean numbered) {
        Sql mapped = new Sql().text("SELECT r.*");
        List<ColumnMapping> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnMapping column = columns.get(i);
            if (column.map() != null) {
                mapped.text(", v_" + i + ".map_id IS NOT NULL AS hit_" + i);
            }
            String value = column.map() != null ? "v_" + i + ".value" : "r.r_" + i;
            if (column.map() == null && CodeSystems.ICD_10_CM.equals(column.system())) {
                value = "regexp_replace(upper(" + value + "), '^([A-Z][0-9][0-9A-Z])([0-9A-Z]{1,4})$', '\\1.\\2')";
            }
            mapped.text(", " + value + " AS u_" + column.target());
        }
        for (DerivedColumn column : table.derived()) {
            int from = index(column.from());
            String value = column.field() == MappedField.LOCAL ? "r.r_" + from : "v_" + from + "." + column.field().column();
            mapped.text(", " + value + " AS u_" + column.target());
        }
        mapped.text(" FROM (").add(rawRows(numbered)).text(") r");
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).map() != null) {
                mapped.text(" LEFT JOIN mapping_value v_" + i + " ON v_" + i + ".map_id = " + mapIds.get(columns.get(i).map())
                        + " AND v_" + i + ".local_key = coalesce(lower(r.r_" + i + "), '')");
            }
        }
        return mapped;
    }

    private Sql rawRows(boolean numbered) {
        Sql raw = new Sql().text("SELECT s.rn");
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnMapping column = table.columns().get(i);
            raw.text(", ").add(raw(column.source(), column.split() != null)).text(" AS r_" + i);
        }
        raw.text(" FROM (").add(sourceRows(numbered)).text(") s");
        if (!table.whenPresent().isEmpty()) {
            raw.text(" WHERE ").text(table.whenPresent().stream().map(c -> cell(c) + " IS NOT NULL")
                    .collect(Collectors.joining(" AND ")));
        }
        return raw;
    }

    private Sql raw(ValueSource value, boolean split) {
        if (value instanceof Constant constant) {
            return new Sql().text("CAST(").param(constant.value()).text(" AS VARCHAR)");
        }
        if (value instanceof SourceColumn column) {
            return new Sql().text(split ? "nullif(trim(s.split_value), '')" : cell(column));
        }
        Concatenation concat = (Concatenation) value;
        Sql joined = new Sql().text("CASE WHEN ").text(concat.columns().stream().map(c -> cell(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "))).text(" THEN concat(");
        for (int i = 0; i < concat.parts().size(); i++) {
            if (i > 0) {
                joined.text(", ").param(concat.separator()).text(", ");
            }
            joined.add(raw(concat.parts().get(i), false));
        }
        return joined.text(") END");
    }

    private String cell(SourceColumn column) {
        return "nullif(trim(s.c" + source.position(column.name()) + "), '')";
    }

    /** The file's rows, with a split column unnested into split_value. */
    private Sql sourceRows(boolean numbered) {
        Sql scan = source.scan(numbered);
        for (ColumnMapping column : table.columns()) {
            if (column.split() != null) {
                int position = source.position(((SourceColumn) column.source()).name());
                return new Sql().text("SELECT *, unnest(coalesce(nullif(list_filter(string_split(coalesce(c" + position
                                + ", ''), ").param(column.split()).text("), e -> trim(e) <> ''), []), [NULL::VARCHAR]))"
                                + " AS split_value FROM (").add(scan).text(")");
            }
        }
        return scan;
    }
}
