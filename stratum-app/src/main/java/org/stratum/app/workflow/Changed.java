package org.stratum.app.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Who created a workflow record and who changed it last, and its version for optimistic locking:
 * a form carries the version it was filled from, and saving checks it is still current.
 */
public record Changed(int version, String createdBy, OffsetDateTime createdAt, String changedBy,
        OffsetDateTime changedAt) {

    /** The columns {@code version, created_by, created_at, changed_by, changed_at} of the current row. */
    public static Changed read(ResultSet rs) throws SQLException {
        return new Changed(rs.getInt("version"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }
}
