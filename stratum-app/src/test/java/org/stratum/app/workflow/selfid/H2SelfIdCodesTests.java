package org.stratum.app.workflow.selfid;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stratum.app.TestWorkflowStore;

/** One-time codes on the embedded H2 store, with the application's own settings. */
class H2SelfIdCodesTests extends SelfIdCodesContract {

    @TempDir
    Path dataDir;

    private SingleConnectionDataSource dataSource;

    @Override
    protected DataSource emptyDatabase() throws Exception {
        dataSource = TestWorkflowStore.h2(dataDir);
        return dataSource;
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }
}
