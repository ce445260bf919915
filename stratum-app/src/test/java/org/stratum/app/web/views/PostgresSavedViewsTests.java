package org.stratum.app.web.views;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.app.PostgresSchemas;

/**
 * Saved views and site assignment on PostgreSQL, each test in its own throw-away schema. Without a
 * reachable server the tests are skipped with a warning, or fail when STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresSavedViewsTests extends SavedViewsContract {

    @RegisterExtension
    static final PostgresSchemas POSTGRES = new PostgresSchemas();

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        return POSTGRES.emptySchema();
    }
}
