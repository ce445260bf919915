package org.stratum.engine.ingest.mapping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text with its bind parameters, kept in step as fragments are put together. Names in the text
 * come from the warehouse catalogue or are generated; every value from a mapping or an extract is a
 * parameter.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql text(String sql) {
        text.append(sql);
        return this;
    }

    /** Appends a {@code ?} bound to the value. */
    Sql param(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** Appends the fragments separated by a text. */
    Sql join(String separator, List<Sql> fragments) {
        for (int i = 0; i < fragments.size(); i++) {
            if (i > 0) {
                text(separator);
            }
            add(fragments.get(i));
        }
        return this;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    int update(Connection connection) throws SQLException {
        try (PreparedStatement statement = prepare(connection)) {
            return statement.executeUpdate();
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
