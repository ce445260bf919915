package org.stratum.app.workflow.selfid;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.app.PostgresSchemas;

/**
 * One-time codes on PostgreSQL, each test in its own throw-away schema. Without a reachable server
 * the tests are skipped with a warning, or fail when STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresSelfIdCodesTests extends SelfIdCodesContract {

    @RegisterExtension
    static final PostgresSchemas POSTGRES = new PostgresSchemas();

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        return POSTGRES.emptySchema();
    }
}
