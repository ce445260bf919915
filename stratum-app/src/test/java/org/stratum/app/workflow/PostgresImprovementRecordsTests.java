package org.stratum.app.workflow;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.app.PostgresSchemas;

/**
 * Improvement cycles, efforts and PDSA records on PostgreSQL, each test in its own throw-away
 * schema. Without a reachable server the tests are skipped with a warning, or fail when
 * STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresImprovementRecordsTests extends ImprovementRecordsContract {

    @RegisterExtension
    static final PostgresSchemas POSTGRES = new PostgresSchemas();

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        return POSTGRES.emptySchema();
    }
}
