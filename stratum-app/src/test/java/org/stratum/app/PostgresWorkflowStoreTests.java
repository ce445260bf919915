package org.stratum.app;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The workflow store on PostgreSQL, each test in its own throw-away schema (see
 * {@link TestPostgres}). Without a reachable server the tests are skipped with a warning, or fail
 * when STRATUM_REQUIRE_POSTGRES=1.
 */
class PostgresWorkflowStoreTests extends WorkflowStoreContract {

    private static Optional<String> connectionProblem;

    private String schema;

    @BeforeAll
    static void tryToConnect() {
        connectionProblem = TestPostgres.connectionProblem();
    }

    @Override
    protected DataSource emptyDatabase() throws SQLException {
        ExternalDependency.POSTGRES.assumeAvailable(connectionProblem);
        schema = TestPostgres.createSchema();
        return new DriverManagerDataSource(TestPostgres.urlFor(schema), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
