package org.stratum.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;

/** The workflow store on the default database: an H2 file in the data directory. */
class H2WorkflowStoreTests extends WorkflowStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DataSource emptyDatabase() throws IOException {
        return new SimpleDriverDataSource(new org.h2.Driver(), defaultDatasourceUrl(dataDir), "sa", "");
    }

    /**
     * The URL application.properties gives when STRATUM_DB_URL is not set, so these tests run on
     * exactly the H2 settings (compatibility mode and all) that the application uses.
     */
    static String defaultDatasourceUrl(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2WorkflowStoreTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        MockEnvironment environment = new MockEnvironment();
        properties.forEach((key, value) -> environment.setProperty((String) key, (String) value));
        environment.setProperty("stratum.data-dir", dataDir.toString());
        return environment.getRequiredProperty("spring.datasource.url");
    }
}
