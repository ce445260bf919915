package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.stratum.core.equity.Direction;

/**
 * The query of one outreach list over {@code measure_result r ⋈ gap_patient p}: its conditions and
 * their bound values. Column expressions come from {@link ScanColumn}, never from what a user typed;
 * every value a user gave is a bind parameter.
 */
final class OutreachSql {
    static final String SELECT = """
            SELECT r.patient_id, pt.family_name, pt.given_name, pt.birth_date, coalesce(pt.preferred_language, 'unknown'),
                   coalesce(pt.interpreter_needed, 'unknown'), r.site_id, s.name, c.name, v.last_visit""";
    /**
     * The latest visit is the latest encounter that started by the end of the period and was not
     * cancelled or entered in error (FHIR Encounter.status).
     */
    static final String FROM = """

            FROM measure_result r
            JOIN gap_patient p USING (patient_id)
            LEFT JOIN (SELECT patient_id, any_value(family_name) AS family_name, any_value(given_name) AS given_name,
                              any_value(birth_date) AS birth_date, any_value(preferred_language) AS preferred_language,
                              any_value(interpreter_needed) AS interpreter_needed
                       FROM patient GROUP BY patient_id) pt USING (patient_id)
            LEFT JOIN (SELECT site_id, any_value(name) AS name FROM care_site GROUP BY site_id) s ON s.site_id = r.site_id
            LEFT JOIN (SELECT clinician_id, any_value(name) AS name FROM clinician GROUP BY clinician_id) c
                   ON c.clinician_id = r.clinician_id
            LEFT JOIN (SELECT e.patient_id, CAST(max(e.start_time) AS DATE) AS last_visit
                       FROM encounter e, gap_period g
                       WHERE CAST(e.start_time AS DATE) <= g.period_end
                         AND e.status NOT IN ('cancelled', 'entered-in-error')
                       GROUP BY e.patient_id) v USING (patient_id)
            WHERE r.measure_id = ? AND r.group_id = ? AND r.period_start = ? AND r.period_end = ?
              AND r.denominator AND NOT r.denominator_exclusion AND NOT r.denominator_exception""";
    static final String ORDER = " ORDER BY s.name NULLS LAST, pt.family_name, pt.given_name, r.patient_id";

    private final String conditions;
    private final List<Object> values;
    private final OutreachQuery query;
    private final ValueLabels labels;

    private OutreachSql(String conditions, List<Object> values, OutreachQuery query, ValueLabels labels) {
        this.conditions = conditions;
        this.values = values;
        this.query = query;
        this.labels = labels;
    }

    static OutreachSql of(Connection connection, OutreachQuery query, PatientValues codes, ValueLabels labels)
            throws SQLException {
        StringBuilder conditions = new StringBuilder();
        List<Object> values = new ArrayList<>();
        // The goal not met: outside the numerator when higher is better, inside it when lower is better.
        conditions.append(query.measure().direction() == Direction.HIGHER_IS_BETTER ? " AND NOT r.numerator"
                : " AND r.numerator");
        for (StratumFilter filter : query.filters()) {
            ScanColumn column = filter.dimension().column();
            List<Object> matching = column.patient() ? patientCodes(column, filter.value(), codes, labels)
                    : resultValues(connection, query, column, filter.value(), labels);
            in(conditions, values, column.source(), matching);
        }
        if (query.sites().isPresent()) {
            in(conditions, values, ScanColumn.SITE.source(), new ArrayList<>(query.sites().get()));
        }
        return new OutreachSql(conditions.toString(), values, query, labels);
    }

    ValueLabels labels() {
        return labels;
    }

    /** The statement {@code sql} with this list's conditions added before any ORDER BY, values bound. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        int order = sql.indexOf(ORDER);
        String full = order < 0 ? sql + conditions : sql.substring(0, order) + conditions + sql.substring(order);
        PreparedStatement statement = connection.prepareStatement(full);
        statement.setString(1, query.measure().id());
        statement.setString(2, query.groupId());
        statement.setDate(3, Date.valueOf(query.period().start()));
        statement.setDate(4, Date.valueOf(query.period().end()));
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(5 + i, values.get(i));
        }
        return statement;
    }

    private static void in(StringBuilder conditions, List<Object> values, String expression, List<Object> matching) {
        if (matching.isEmpty()) {
            conditions.append(" AND FALSE");
            return;
        }
        conditions.append(" AND ").append(expression).append(" IN (")
                .append(String.join(", ", Collections.nCopies(matching.size(), "?"))).append(")");
        values.addAll(matching);
    }

    /** The codes in gap_patient of the values the filter names, by stored value or by label. */
    private static List<Object> patientCodes(ScanColumn column, String wanted, PatientValues codes, ValueLabels labels) {
        List<Object> matching = new ArrayList<>();
        List<String> ordered = codes.byColumn().get(column);
        for (int code = 0; code < ordered.size(); code++) {
            String value = ordered.get(code);
            if (value.equals(wanted) || labels.group(column, value).equals(wanted)) {
                matching.add(code);
            }
        }
        return matching;
    }

    /** The stored values of a measure-result column (site, payer, clinician) the filter names. */
    private static List<Object> resultValues(Connection connection, OutreachQuery query, ScanColumn column,
            String wanted, ValueLabels labels) throws SQLException {
        List<Object> matching = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT " + column.source()
                + " FROM measure_result r WHERE r.measure_id = ? AND r.period_start = ? AND r.period_end = ?")) {
            statement.setString(1, query.measure().id());
            statement.setDate(2, Date.valueOf(query.period().start()));
            statement.setDate(3, Date.valueOf(query.period().end()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(1);
                    if (value.equals(wanted) || labels.group(column, value).equals(wanted)) {
                        matching.add(value);
                    }
                }
            }
        }
        return matching;
    }
}
