package org.stratum.engine.ingest.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.stratum.engine.warehouse.WarehouseSchema;
import org.stratum.engine.warehouse.WarehouseSchema.Column;

/**
 * The checks on one table mapping's rows, as SQL over {@link MappedRowsSql#typedRows}: a quick count of
 * rows with problems (and of repeated identifiers), and, only when there are some, the problems row by
 * row into {@code mapping_problem}.
 */
final class RowChecksSql {
    private record Condition(RowCheck check, Sql test, String value) {
    }

    private final MappedRowsSql rows;
    private final List<Condition> conditions = new ArrayList<>();
    private final RowCheck duplicate;
    private final String key;
    /** What two rows may not share: the key, and its coding where the table has one (a record has a row per coding). */
    private final String sameRecord;

    /** Registers the checks in the import's list, which numbers them. */
    RowChecksSql(MappedRowsSql rows, boolean checkPatients, List<RowCheck> registry) {
        this.rows = rows;
        TableMapping mapping = rows.table();
        String table = mapping.table();
        for (ColumnMapping column : mapping.columns()) {
            int i = rows.index(column);
            String field = column.source().label();
            if (column.map() != null) {
                add(registry, CheckKind.UNMAPPED, table, column.target(), field, column.map().label(),
                        new Sql().text("r_" + i + " IS NOT NULL AND NOT hit_" + i), "r_" + i);
            }
            if (!column.type().equals("VARCHAR")) {
                add(registry, CheckKind.INVALID, table, column.target(), field,
                        column.format() != null ? "format " + column.format() : column.type(),
                        new Sql().text("u_" + column.target() + " IS NOT NULL AND " + (column.type().startsWith("TIMESTAMP")
                                ? "p_" : "t_") + column.target() + " IS NULL"),
                        "CAST(u_" + column.target() + " AS VARCHAR)");
            }
            Optional<Pattern> shape = Optional.ofNullable(column.system()).flatMap(CodeSystemNames::shape);
            if (column.map() == null && shape.isPresent() && !(column.source() instanceof Constant)) {
                add(registry, CheckKind.BAD_CODE, table, column.target(), field, CodeSystemNames.nameOf(column.system()),
                        new Sql().text("u_" + column.target() + " IS NOT NULL AND NOT regexp_full_match(u_"
                                + column.target() + ", ").param(shape.get().pattern()).text(")"), "u_" + column.target());
            }
        }
        requiredChecks(registry, mapping);
        if (checkPatients && !table.equals("patient") && rows.targets().contains("patient_id")) {
            ColumnMapping patient = mapping.columns().stream().filter(c -> c.target().equals("patient_id")).findFirst().orElseThrow();
            add(registry, CheckKind.NO_PATIENT, table, "patient_id", patient.source().label(), null,
                    new Sql().text("t_patient_id IS NOT NULL AND t_patient_id NOT IN (SELECT patient_id FROM patient)"),
                    "t_patient_id");
        }
        key = TableKeys.key(table).filter(rows.targets()::contains).orElse(null);
        sameRecord = rows.targets().contains("code") && rows.targets().contains("system")
                ? "t_" + key + ", t_system, t_code" : "t_" + key;
        duplicate = key != null && TableKeys.unique(table) ? register(registry, CheckKind.DUPLICATE, table, key,
                mapping.columns().stream().filter(c -> c.target().equals(key)).findFirst()
                        .map(c -> c.source().label()).orElse(key), sameRecord.contains("t_code") ? "code" : null) : null;
    }

    /** One check per source that fills required columns: an empty cell (that no map entry for "" fills). */
    private void requiredChecks(List<RowCheck> registry, TableMapping mapping) {
        Map<ColumnMapping, List<String>> required = new LinkedHashMap<>();
        for (Column column : WarehouseSchema.columns(mapping.table())) {
            if (column.nullable() || column.name().equals("source")) {
                continue;
            }
            mapping.columns().stream().filter(c -> c.target().equals(column.name())).findFirst()
                    .or(() -> mapping.derived().stream().filter(d -> d.target().equals(column.name()))
                            .map(DerivedColumn::from).findFirst())
                    .filter(c -> !(c.source() instanceof Constant))
                    .ifPresent(c -> required.computeIfAbsent(c, k -> new ArrayList<>()).add(column.name()));
        }
        required.forEach((column, targets) -> {
            int i = rows.index(column);
            add(registry, CheckKind.MISSING, mapping.table(), String.join(", ", targets), column.source().label(), null,
                    new Sql().text("r_" + i + " IS NULL" + (column.map() != null ? " AND NOT hit_" + i : "")), "NULL");
        });
    }

    private void add(List<RowCheck> registry, CheckKind kind, String table, String target, String field, String detail,
                     Sql test, String value) {
        conditions.add(new Condition(register(registry, kind, table, target, field, detail), test, value));
    }

    private static RowCheck register(List<RowCheck> registry, CheckKind kind, String table, String target, String field,
                                     String detail) {
        RowCheck check = new RowCheck(registry.size(), kind, table, target, field, detail);
        registry.add(check);
        return check;
    }

    /** One row: how many rows have a problem, and how many repeat an identifier. */
    Sql counts() {
        return new Sql().text("SELECT count(*) FILTER (WHERE ").add(anyProblem()).text("), ")
                .text(duplicate != null ? "count(t_" + key + ") - count(DISTINCT (" + sameRecord + ")) FILTER (WHERE t_" + key
                        + " IS NOT NULL)" : "0")
                .text(" FROM (").add(checkedRows(false)).text(")");
    }

    /** Records every problem of every row. */
    Sql problems(int fileIndex) {
        Sql list = new Sql().text("[");
        for (int i = 0; i < conditions.size(); i++) {
            Condition c = conditions.get(i);
            list.text((i > 0 ? ", " : "") + "CASE WHEN k_" + i + " THEN {'check_id': " + c.check().id() + ", 'value': CAST("
                    + c.value() + " AS VARCHAR)} END");
        }
        list.text("]");
        return new Sql().text("INSERT INTO mapping_problem (file_index, rn, check_id, value, row_key) SELECT ")
                .param(fileIndex).text(", rn, p.check_id, p.value, row_key FROM (SELECT rn, row_key, unnest(list_filter(")
                .add(list).text(", x -> x IS NOT NULL)) AS p FROM (").add(checkedRows(true)).text(") WHERE ")
                .add(anyProblem()).text(")");
    }

    /** Records every row whose identifier an earlier row has, with that row. */
    Sql duplicates(int fileIndex) {
        return new Sql().text("INSERT INTO mapping_problem (file_index, rn, check_id, value, row_key, other_rn) SELECT ")
                .param(fileIndex).text(", rn, " + duplicate.id() + ", k, k, first_rn FROM (SELECT rn, t_" + key
                        + " AS k, min(rn) OVER (PARTITION BY " + sameRecord + ") AS first_rn FROM (")
                .add(rows.typedRows(true)).text(") WHERE t_" + key + " IS NOT NULL) WHERE rn > first_rn");
    }

    private Sql checkedRows(boolean numbered) {
        Sql checked = new Sql().text("SELECT t.*, " + (key != null ? "CAST(t_" + key + " AS VARCHAR)" : "NULL::VARCHAR")
                + " AS row_key");
        for (int i = 0; i < conditions.size(); i++) {
            checked.text(", coalesce(").add(conditions.get(i).test()).text(", false) AS k_" + i);
        }
        return checked.text(" FROM (").add(rows.typedRows(numbered)).text(") t");
    }

    private Sql anyProblem() {
        return new Sql().text(conditions.isEmpty() ? "false" : IntStream.range(0, conditions.size())
                .mapToObj(i -> "k_" + i).collect(Collectors.joining(" OR ")));
    }
}
