package org.stratum.app.workflow.selfid;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.stratum.app.ExternalDependency;
import org.stratum.app.TestWorkflowStore;

/**
 * One-time codes on PostgreSQL, each test in its own throw-away schema. Without a reachable server
 * the tests are skipped with a warning, or fail when STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresSelfIdCodesTests extends SelfIdCodesContract {

    private static Optional<String> connectionProblem;

    private String schema;

    @BeforeAll
    static void tryToConnect() {
        connectionProblem = TestWorkflowStore.postgresProblem();
    }

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        ExternalDependency.POSTGRES.assumeAvailable(connectionProblem);
        schema = TestWorkflowStore.createPostgresSchema();
        return TestWorkflowStore.postgres(schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            TestWorkflowStore.dropPostgresSchema(schema);
        }
    }
}
