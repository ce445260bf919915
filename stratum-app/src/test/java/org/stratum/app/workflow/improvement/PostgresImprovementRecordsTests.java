package org.stratum.app.workflow.improvement;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.app.PostgresSchemas;

/**
 * Root causes, the barrier log, actions, partners, history and JSON exchange on PostgreSQL, each
 * database a throw-away schema. Without a reachable server the tests are skipped with a warning, or
 * fail when STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresImprovementRecordsTests extends ImprovementRecordsContract {

    @RegisterExtension
    static final PostgresSchemas POSTGRES = new PostgresSchemas();

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        return POSTGRES.emptySchema();
    }
}
