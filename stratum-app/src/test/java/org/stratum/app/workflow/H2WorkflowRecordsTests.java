package org.stratum.app.workflow;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.app.TestWorkflowStore;

/** The driver diagram and self-assessment records on the default database: an H2 file. */
class H2WorkflowRecordsTests extends WorkflowRecordsContract {

    @TempDir
    Path dataDir;

    @Override
    protected DataSource emptyDatabase() throws IOException {
        return TestWorkflowStore.h2(dataDir);
    }
}
