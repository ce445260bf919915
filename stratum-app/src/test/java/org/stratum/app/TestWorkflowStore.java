package org.stratum.app;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Empty, migrated workflow stores for repository tests in the feature packages, on the same two
 * databases as {@link H2WorkflowStoreTests} and {@link PostgresWorkflowStoreTests}.
 */
public final class TestWorkflowStore {

    private TestWorkflowStore() {
    }

    /**
     * An H2 file store in {@code dataDir}, with exactly the settings the application uses, over one
     * connection held open until {@link SingleConnectionDataSource#destroy()}: H2 opens and closes the
     * whole file with its last connection, which would otherwise happen at every statement.
     */
    public static SingleConnectionDataSource h2(Path dataDir) throws IOException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                H2WorkflowStoreTests.defaultDatasourceUrl(dataDir), "sa", "", true);
        dataSource.setDriverClassName(org.h2.Driver.class.getName());
        return dataSource;
    }

    /** Why the test PostgreSQL server cannot be reached, or empty when it can. */
    public static Optional<String> postgresProblem() {
        return TestPostgres.connectionProblem();
    }

    /** A new, empty PostgreSQL schema; drop it with {@link #dropPostgresSchema(String)}. */
    public static String createPostgresSchema() throws SQLException {
        return TestPostgres.createSchema();
    }

    public static DataSource postgres(String schema) {
        return new DriverManagerDataSource(TestPostgres.urlFor(schema), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    public static void dropPostgresSchema(String schema) throws SQLException {
        TestPostgres.dropSchema(schema);
    }

    /** Applies the application's Flyway migrations (the locations of application.properties). */
    public static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
