package org.stratum.app;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Throw-away PostgreSQL schemas for the workflow-store contracts, dropped after each test. Without a
 * reachable server the tests are skipped with a warning, or fail when STRATUM_REQUIRE_POSTGRES=1.
 * Register it as a static field with {@code @RegisterExtension} and hand out {@link #emptySchema()}.
 */
public final class PostgresSchemas implements BeforeAllCallback, AfterEachCallback {
    private Optional<String> connectionProblem = Optional.empty();
    private final List<String> schemas = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        connectionProblem = TestWorkflowStore.postgresProblem();
    }

    /** A new, empty schema on the test server; skips (or fails, when required) without one. */
    public DataSource emptySchema() throws SQLException {
        ExternalDependency.POSTGRES.assumeAvailable(connectionProblem);
        String schema = TestWorkflowStore.createPostgresSchema();
        schemas.add(schema);
        return TestWorkflowStore.postgres(schema);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        for (String schema : schemas) {
            TestWorkflowStore.dropPostgresSchema(schema);
        }
        schemas.clear();
    }
}
