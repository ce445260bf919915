package org.stratum.engine.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.measure.CodeReference;
import org.stratum.core.measure.ValueSetReference;
import org.stratum.core.terminology.Coding;
import org.stratum.core.valueset.DemoValueSets;

/**
 * Finds the codes behind each value set a run needs. A warehouse with loaded expansions uses only
 * those: a value set that is not loaded is missing, and measures that need it are not computed
 * (never silently computed as zero). A warehouse with no expansions at all runs on the demo code
 * lists, and every result says so; the CPT-only value sets, which have no demo list, count as empty.
 */
final class CodeLists {
    private final CodeSource source;
    private final Map<String, Integer> loadedCounts;
    private final DemoValueSets demo = DemoValueSets.load();

    private CodeLists(CodeSource source, Map<String, Integer> loadedCounts) {
        this.source = source;
        this.loadedCounts = loadedCounts;
    }

    static CodeLists of(Connection connection) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT oid, count(*) FROM valueset_code GROUP BY oid")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return new CodeLists(counts.isEmpty() ? CodeSource.DEMO : CodeSource.LOADED, counts);
    }

    CodeSource source() {
        return source;
    }

    /** The value sets among {@code needed} this run cannot supply. */
    List<ValueSetReference> missing(List<ValueSetReference> needed) {
        List<ValueSetReference> missing = new ArrayList<>();
        for (ValueSetReference reference : needed) {
            boolean available = source == CodeSource.LOADED
                    ? loadedCounts.containsKey(reference.oid())
                    : demo.oids().contains(reference.oid()) || demo.cptOnly().containsKey(reference.oid());
            if (!available) {
                missing.add(reference);
            }
        }
        return missing;
    }

    /** Creates {@code vs_<name>(system, code)} for each value set and direct code, replacing any earlier one. */
    void createRelations(Connection connection, List<ValueSetReference> valueSets, List<CodeReference> codes)
            throws SQLException {
        for (ValueSetReference reference : valueSets) {
            createEmpty(connection, reference.name());
            if (source == CodeSource.LOADED) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vs_" + reference.name()
                        + " SELECT DISTINCT system, code FROM valueset_code WHERE oid = ?")) {
                    insert.setString(1, reference.oid());
                    insert.executeUpdate();
                }
            } else if (demo.oids().contains(reference.oid())) {
                insert(connection, reference.name(), demo.codes(reference.oid()));
            }
        }
        for (CodeReference code : codes) {
            createEmpty(connection, code.name());
            insert(connection, code.name(), List.of(code.coding()));
        }
    }

    /** Creates empty {@code vs_} relations only, so logic can be bound without reading any codes. */
    static void createEmptyRelations(Connection connection, List<ValueSetReference> valueSets,
            List<CodeReference> codes) throws SQLException {
        for (ValueSetReference reference : valueSets) {
            createEmpty(connection, reference.name());
        }
        for (CodeReference code : codes) {
            createEmpty(connection, code.name());
        }
    }

    private static void createEmpty(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE vs_" + name + " (system VARCHAR, code VARCHAR)");
        }
    }

    private static void insert(Connection connection, String name, List<Coding> codings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vs_" + name + " VALUES (?, ?)")) {
            for (Coding coding : codings) {
                insert.setString(1, coding.system());
                insert.setString(2, coding.code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
