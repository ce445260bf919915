package org.stratum.app.workflow;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stratum.app.TestWorkflowStore;

/** Improvement cycles, efforts and PDSA records on the default database: an H2 file. */
class H2ImprovementRecordsTests extends ImprovementRecordsContract {

    @TempDir
    Path dataDir;

    private SingleConnectionDataSource store;

    @Override
    protected DataSource emptyDatabase() throws IOException {
        store = TestWorkflowStore.h2(dataDir);
        return store;
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.destroy();
        }
    }
}
