package org.stratum.engine.measure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Optional;
import org.stratum.engine.warehouse.Warehouse;

/** How far the warehouse's data reaches, to choose a sensible default measurement period. */
public final class DataCoverage {

    private DataCoverage() {
    }

    /** The month of the latest encounter, observation or procedure on record; empty when there are none. */
    public static Optional<YearMonth> lastMonth(Warehouse warehouse) {
        String sql = """
                SELECT max(t) FROM (
                    SELECT max(start_time) AS t FROM encounter
                    UNION ALL SELECT max(effective_start) FROM observation
                    UNION ALL SELECT max(performed_start) FROM procedure)""";
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            java.sql.Timestamp latest = rows.getTimestamp(1);
            return latest == null ? Optional.empty() : Optional.of(YearMonth.from(latest.toLocalDateTime()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read how far the data reaches: " + LogicSession.reason(e), e);
        }
    }
}
