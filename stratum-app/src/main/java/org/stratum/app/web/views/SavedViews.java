package org.stratum.app.web.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Saved views in the workflow store ({@code saved_view}). */
@Repository
public class SavedViews {
    private static final String SELECT = """
            SELECT v.id, v.title, v.path, v.query_string, v.note, u.username, v.saved_at
            FROM saved_view v JOIN app_user u ON u.id = v.saved_by""";

    private final JdbcClient jdbc;

    public SavedViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a view saved by the named person and returns its id.
     *
     * @throws IllegalArgumentException for an unknown username
     */
    @Transactional
    public long save(String title, String path, String query, String note, String username) {
        long userId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("No user named '" + username + "'"));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO saved_view (title, path, query_string, note, saved_by) VALUES (?, ?, ?, ?, ?)")
                .params(title.strip(), path, query, note == null || note.isBlank() ? null : note.strip(), userId)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public Optional<SavedView> find(long id) {
        return jdbc.sql(SELECT + " WHERE v.id = ?").param(id).query(SavedViews::view).optional();
    }

    /** Every saved view, newest first. */
    public List<SavedView> list() {
        return jdbc.sql(SELECT + " ORDER BY v.saved_at DESC, v.id DESC").query(SavedViews::view).list();
    }

    private static SavedView view(ResultSet row, int n) throws SQLException {
        return new SavedView(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getObject(7, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
