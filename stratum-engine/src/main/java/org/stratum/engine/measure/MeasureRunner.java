package org.stratum.engine.measure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.measure.Population;
import org.stratum.core.measure.SharedDefinitions;
import org.stratum.core.measure.ValueSetReference;
import org.stratum.core.measure.sql.DuckDbDialect;
import org.stratum.core.measure.sql.SqlDialect;
import org.stratum.engine.warehouse.Warehouse;
import org.stratum.engine.warehouse.WarehouseSchema;

/**
 * Computes measures over the warehouse for one or more periods at once (a trend's 24 periods cost
 * one pass per piece of logic, not 24). Each population's SQL returns the {@code (period_id,
 * patient_id)} pairs meeting its criteria; the runner intersects them as a proportion measure
 * does: the denominator within the initial population, exclusions within the denominator, the
 * numerator among those not excluded, exceptions among those neither excluded nor in the numerator.
 * Results replace earlier ones for the same measure and period, one measure per transaction.
 */
public final class MeasureRunner {
    private static final SqlDialect DIALECT = new DuckDbDialect();

    private final Warehouse warehouse;
    private final MeasureLibrary library;

    public MeasureRunner(Warehouse warehouse, MeasureLibrary library) {
        this.warehouse = warehouse;
        this.library = library;
    }

    public MeasureRun run(List<MeasureDefinition> measures, List<MeasurementPeriod> periods, RunListener listener) {
        long started = System.nanoTime();
        try (LogicSession session = new LogicSession(warehouse.connect(), DIALECT, false)) {
            Connection connection = session.connection();
            PeriodAttribution.create(connection, periods);
            CodeLists codes = CodeLists.of(connection);
            Set<String> sharedReady = new HashSet<>();
            List<MeasureOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                MeasureDefinition measure = measures.get(i);
                listener.started(measure, i, measures.size());
                MeasureOutcome outcome = runOne(session, codes, measure, periods, sharedReady);
                outcomes.add(outcome);
                listener.finished(outcome);
            }
            return new MeasureRun(outcomes, periods, codes.source(), count(connection, "SELECT count(DISTINCT patient_id) FROM patient"),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("The measure run failed in the warehouse: " + LogicSession.reason(e), e);
        }
    }

    /**
     * Every problem with a measure's logic, found by binding all of it against the warehouse without
     * computing anything: SQL that is not a SELECT, unknown tables, columns, value sets or codes,
     * populations that do not return {@code period_id} and {@code patient_id}. Empty when it is usable.
     */
    public List<String> problemsWith(MeasureDefinition measure) {
        List<String> problems = new ArrayList<>();
        try (LogicSession session = new LogicSession(warehouse.connect(), DIALECT, true)) {
            Connection connection = session.connection();
            PeriodAttribution.create(connection, List.of());
            CodeLists.createEmptyRelations(connection, library.valueSetsFor(measure), library.codesFor(measure));
            for (SharedDefinitions shared : library.sharedFor(measure)) {
                createShared(session, shared);
            }
            for (Map.Entry<String, String> definition : measure.definitions().entrySet()) {
                String where = where(measure) + ": definitions." + definition.getKey();
                if (WarehouseSchema.DATA_TABLES.contains(definition.getKey()) || isPopulation(definition.getKey())) {
                    problems.add(where + ": the name is taken by a warehouse table or a population; choose another");
                    continue;
                }
                collect(problems, () -> session.relation(where, definition.getKey(), definition.getValue()));
            }
            for (int g = 0; g < measure.groups().size(); g++) {
                for (Population population : Population.values()) {
                    int group = g;
                    if (!collect(problems, () -> createPopulation(session, measure, group, population))) {
                        // An empty stand-in, so the populations after it are checked on their own merits.
                        try (Statement statement = session.connection().createStatement()) {
                            statement.execute("CREATE OR REPLACE TEMP TABLE " + population.key()
                                    + " (period_id INTEGER, patient_id VARCHAR)");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            problems.add(where(measure) + ": " + LogicSession.reason(e));
        }
        return problems;
    }

    /** Where this warehouse would take the measure's codes from, and which value sets it lacks. */
    public CodeAvailability codeAvailability(MeasureDefinition measure) {
        try (Connection connection = warehouse.connect()) {
            CodeLists codes = CodeLists.of(connection);
            return new CodeAvailability(codes.source(), codes.missing(library.valueSetsFor(measure)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the loaded value sets: " + LogicSession.reason(e), e);
        }
    }

    /** The source of a measure's codes in this warehouse, and the value sets it lacks. */
    public record CodeAvailability(CodeSource source, List<ValueSetReference> missing) {
        public CodeAvailability {
            missing = List.copyOf(missing);
        }
    }

    /** Every patient's populations in each group of {@code measure} for {@code period}, zeros included. */
    public List<PatientResult> perPatient(MeasureDefinition measure, MeasurementPeriod period) {
        List<PatientResult> results = new ArrayList<>();
        String sql = """
                SELECT p.patient_id, g.group_id, r.patient_id IS NOT NULL,
                       coalesce(r.denominator, false), coalesce(r.denominator_exclusion, false),
                       coalesce(r.denominator_exception, false), coalesce(r.numerator, false)
                FROM (SELECT DISTINCT patient_id FROM patient) p
                CROSS JOIN (SELECT unnest(?::VARCHAR[]) AS group_id, generate_subscripts(?::VARCHAR[], 1) AS position) g
                LEFT JOIN measure_result r ON r.patient_id = p.patient_id AND r.group_id = g.group_id
                     AND r.measure_id = ? AND r.period_start = ? AND r.period_end = ?
                ORDER BY p.patient_id, g.position""";
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            Object[] groups = measure.groups().stream().map(MeasureGroup::id).toArray();
            query.setArray(1, connection.createArrayOf("VARCHAR", groups));
            query.setArray(2, connection.createArrayOf("VARCHAR", groups));
            query.setString(3, measure.id());
            query.setDate(4, Date.valueOf(period.start()));
            query.setDate(5, Date.valueOf(period.end()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    results.add(new PatientResult(rows.getString(1), measure.id(), rows.getString(2), rows.getBoolean(3),
                            rows.getBoolean(4), rows.getBoolean(5), rows.getBoolean(6), rows.getBoolean(7)));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the results of " + measure.id() + ": " + LogicSession.reason(e), e);
        }
    }

    private MeasureOutcome runOne(LogicSession session, CodeLists codes, MeasureDefinition measure,
            List<MeasurementPeriod> periods, Set<String> sharedReady) throws SQLException {
        long started = System.nanoTime();
        Connection connection = session.connection();
        List<ValueSetReference> valueSets = library.valueSetsFor(measure);
        List<ValueSetReference> missing = codes.missing(valueSets);
        if (!missing.isEmpty()) {
            // Earlier results for these periods would now be stale: they go, and the run says why.
            MeasureOutcome outcome = new MeasureOutcome(measure, codes.source(), missing, List.of(),
                    Duration.ofNanos(System.nanoTime() - started));
            connection.setAutoCommit(false);
            try {
                deleteEarlier(connection, measure);
                recordRuns(connection, outcome, periods);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return outcome;
        }
        codes.createRelations(connection, valueSets, library.codesFor(measure));
        for (SharedDefinitions shared : library.sharedFor(measure)) {
            if (sharedReady.add(shared.name())) {
                createShared(session, shared);
            }
        }
        for (Map.Entry<String, String> definition : measure.definitions().entrySet()) {
            session.relation(where(measure) + ": definitions." + definition.getKey(), definition.getKey(),
                    definition.getValue());
        }
        connection.setAutoCommit(false);
        try {
            deleteEarlier(connection, measure);
            for (int g = 0; g < measure.groups().size(); g++) {
                for (Population population : Population.values()) {
                    createPopulation(session, measure, g, population);
                }
                insertResults(connection, measure, measure.groups().get(g));
            }
            List<GroupCounts> counts = counts(connection, measure, periods);
            MeasureOutcome outcome = new MeasureOutcome(measure, codes.source(), List.of(), counts,
                    Duration.ofNanos(System.nanoTime() - started));
            recordRuns(connection, outcome, periods);
            connection.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            for (String definition : measure.definitions().keySet()) {
                session.drop(definition);
            }
        }
    }

    private static void createShared(LogicSession session, SharedDefinitions shared) {
        for (Map.Entry<String, String> definition : shared.definitions().entrySet()) {
            String where = (MeasureDefinition.BUILT_IN.equals(shared.origin()) ? "shared/" + shared.name()
                    : shared.origin()) + ": definitions." + definition.getKey();
            if (shared.views().contains(definition.getKey())) {
                session.view(where, definition.getKey(), definition.getValue());
            } else {
                session.relation(where, definition.getKey(), definition.getValue());
            }
        }
    }

    /** Creates the population's table of distinct (period_id, patient_id); empty when the group has none. */
    private static void createPopulation(LogicSession session, MeasureDefinition measure, int group,
            Population population) {
        MeasureGroup definition = measure.groups().get(group);
        String where = where(measure) + ": groups[" + (group + 1) + "]." + population.key();
        String criteria = definition.criterion(population)
                .orElse("SELECT period_id, patient_id FROM measurement_period, patient WHERE 1 = 0");
        session.relation(where, population.key(), criteria,
                "SELECT DISTINCT period_id, patient_id FROM (\n" + criteria + "\n) AS criteria");
    }

    private static void insertResults(Connection connection, MeasureDefinition measure, MeasureGroup group)
            throws SQLException {
        String sql = """
                INSERT INTO measure_result
                SELECT ?, ?, mp.period_start, mp.period_end, r.patient_id, r.den,
                       r.den AND r.excluded,
                       r.den AND NOT r.excluded AND r.met,
                       r.den AND NOT r.excluded AND NOT r.met AND r.excepted,
                       a.site_id, a.clinician_id, a.payer_type
                FROM (
                    SELECT ip.period_id, ip.patient_id,
                           d.patient_id IS NOT NULL AS den,
                           x.patient_id IS NOT NULL AS excluded,
                           n.patient_id IS NOT NULL AS met,
                           e.patient_id IS NOT NULL AS excepted
                    FROM initial_population ip
                    LEFT JOIN denominator d ON d.period_id = ip.period_id AND d.patient_id = ip.patient_id
                    LEFT JOIN denominator_exclusion x ON x.period_id = ip.period_id AND x.patient_id = ip.patient_id
                    LEFT JOIN numerator n ON n.period_id = ip.period_id AND n.patient_id = ip.patient_id
                    LEFT JOIN denominator_exception e ON e.period_id = ip.period_id AND e.patient_id = ip.patient_id
                ) r
                JOIN measurement_period mp ON mp.period_id = r.period_id
                LEFT JOIN period_attribution a ON a.period_id = r.period_id AND a.patient_id = r.patient_id""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, measure.id());
            insert.setString(2, group.id());
            insert.executeUpdate();
        }
    }

    private static void deleteEarlier(Connection connection, MeasureDefinition measure)
            throws SQLException {
        for (String table : List.of("measure_result", "measure_run")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                    + " WHERE measure_id = ? AND (period_start, period_end) IN "
                    + "(SELECT (period_start, period_end) FROM measurement_period)")) {
                delete.setString(1, measure.id());
                delete.executeUpdate();
            }
        }
    }

    private static List<GroupCounts> counts(Connection connection, MeasureDefinition measure,
            List<MeasurementPeriod> periods) throws SQLException {
        List<GroupCounts> counts = new ArrayList<>();
        String sql = """
                SELECT mp.period_id, count(r.patient_id), count(*) FILTER (WHERE r.denominator),
                       count(*) FILTER (WHERE r.denominator_exclusion), count(*) FILTER (WHERE r.numerator),
                       count(*) FILTER (WHERE r.denominator_exception)
                FROM measurement_period mp
                LEFT JOIN measure_result r ON r.period_start = mp.period_start AND r.period_end = mp.period_end
                     AND r.measure_id = ? AND r.group_id = ?
                GROUP BY mp.period_id ORDER BY mp.period_id""";
        for (MeasureGroup group : measure.groups()) {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, measure.id());
                query.setString(2, group.id());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.add(new GroupCounts(group.id(), periods.get(rows.getInt(1) - 1), rows.getLong(2),
                                rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6)));
                    }
                }
            }
        }
        return counts;
    }

    private static void recordRuns(Connection connection, MeasureOutcome outcome, List<MeasurementPeriod> periods)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO measure_run
                SELECT ?, ?, ?, current_timestamp, ?, ?, ?, ?, ?""")) {
            for (MeasurementPeriod period : periods) {
                long patients = outcome.counts().stream().filter(c -> c.period().equals(period))
                        .mapToLong(GroupCounts::initialPopulation).max().orElse(0);
                insert.setString(1, outcome.measure().id());
                insert.setDate(2, Date.valueOf(period.start()));
                insert.setDate(3, Date.valueOf(period.end()));
                insert.setString(4, outcome.measure().status().label());
                insert.setString(5, outcome.codes().name().toLowerCase(Locale.ROOT));
                insert.setString(6, outcome.computed() ? "computed" : "not computed");
                insert.setString(7, outcome.computed() ? null : outcome.missingExplained());
                insert.setLong(8, patients);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean isPopulation(String name) {
        return Population.fromKey(name).isPresent() || name.equals("measurement_period")
                || name.equals("period_attribution");
    }

    private static String where(MeasureDefinition measure) {
        return measure.builtIn() ? measure.id() : measure.origin();
    }

    /** Runs a check, adding its problem to {@code problems}; true when there was none. */
    private static boolean collect(List<String> problems, Runnable check) {
        try {
            check.run();
            return true;
        } catch (MeasureLogicError e) {
            problems.add(e.getMessage());
            return false;
        }
    }
}
