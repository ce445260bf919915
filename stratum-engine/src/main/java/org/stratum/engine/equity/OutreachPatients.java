package org.stratum.engine.equity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Outreach lists over the stored measure results: the patients eligible for a measure who do not meet
 * its goal (not in the numerator when higher is better; in it when lower is better, as for poorly
 * controlled HbA1c), in the strata asked for, at the sites allowed. Strata are those of the measure
 * pages and the gap finder: the same per-patient dimensions ({@link PatientDimensions}).
 */
public final class OutreachPatients {
    private final Warehouse warehouse;

    public OutreachPatients(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The list's patients from {@code offset}, at most {@code limit}, in site, name and id order. */
    public OutreachPage page(OutreachQuery query, int offset, int limit) {
        List<OutreachPatient> patients = new ArrayList<>();
        long total = run(query, (connection, where) -> {
            try (PreparedStatement statement = where.prepare(connection, "SELECT count(*)" + OutreachSql.FROM)) {
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    long count = rows.getLong(1);
                    read(where.prepare(connection, OutreachSql.SELECT + OutreachSql.FROM + OutreachSql.ORDER
                            + " LIMIT " + limit + " OFFSET " + offset), patients::add, where.labels());
                    return count;
                }
            }
        });
        return new OutreachPage(total, patients);
    }

    /** Hands every patient of the list to {@code each}, in page order, without holding them all; returns how many. */
    public long each(OutreachQuery query, Consumer<OutreachPatient> each) {
        return run(query, (connection, where) -> read(where.prepare(connection,
                OutreachSql.SELECT + OutreachSql.FROM + OutreachSql.ORDER), each, where.labels()));
    }

    private interface Work {
        long on(Connection connection, OutreachSql where) throws SQLException;
    }

    private long run(OutreachQuery query, Work work) {
        try (Connection connection = warehouse.connect()) {
            PatientValues codes = PatientDimensions.create(connection, query.period());
            ValueLabels labels = ValueLabels.read(connection);
            return work.on(connection, OutreachSql.of(connection, query, codes, labels));
        } catch (SQLException e) {
            throw new IllegalStateException("Listing the patients of " + query.measure().id() + " failed in the warehouse: "
                    + e.getMessage(), e);
        }
    }

    private static long read(PreparedStatement statement, Consumer<OutreachPatient> each, ValueLabels labels)
            throws SQLException {
        long count = 0;
        try (statement; ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Date birth = rows.getDate(4);
                Date visit = rows.getDate(10);
                each.accept(new OutreachPatient(rows.getString(1), rows.getString(2), rows.getString(3),
                        birth == null ? null : birth.toLocalDate(),
                        labels.group(ScanColumn.LANGUAGE, rows.getString(5)),
                        labels.group(ScanColumn.INTERPRETER, rows.getString(6)),
                        rows.getString(7), rows.getString(8), rows.getString(9),
                        visit == null ? null : visit.toLocalDate()));
                count++;
            }
        }
        return count;
    }
}
