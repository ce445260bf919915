package org.stratum.app.workflow.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** A record's version (for optimistic locking) and who last changed it, when. */
public record Stamp(long version, String changedBy, OffsetDateTime changedAt) {

    /** A record not stored yet. */
    public static final Stamp NEW = new Stamp(0, null, null);

    public static Stamp of(ResultSet rs) throws SQLException {
        return new Stamp(rs.getLong("version"), rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class));
    }
}
