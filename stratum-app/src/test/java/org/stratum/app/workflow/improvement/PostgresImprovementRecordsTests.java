package org.stratum.app.workflow.improvement;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.stratum.app.ExternalDependency;
import org.stratum.app.TestWorkflowStore;

/**
 * Root causes, the barrier log, actions, partners, history and JSON exchange on PostgreSQL, each
 * database a throw-away schema. Without a reachable server the tests are skipped with a warning, or
 * fail when STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresImprovementRecordsTests extends ImprovementRecordsContract {

    private static Optional<String> connectionProblem;

    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void tryToConnect() {
        connectionProblem = TestWorkflowStore.postgresProblem();
    }

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        ExternalDependency.POSTGRES.assumeAvailable(connectionProblem);
        String schema = TestWorkflowStore.createPostgresSchema();
        schemas.add(schema);
        return TestWorkflowStore.postgres(schema);
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        for (String schema : schemas) {
            TestWorkflowStore.dropPostgresSchema(schema);
        }
    }
}
