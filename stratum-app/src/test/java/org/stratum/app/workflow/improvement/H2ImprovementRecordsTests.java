package org.stratum.app.workflow.improvement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stratum.app.TestWorkflowStore;

/** Root causes, the barrier log, actions, partners, history and JSON exchange on the default database: H2 files. */
class H2ImprovementRecordsTests extends ImprovementRecordsContract {

    @TempDir
    Path temp;

    private final List<SingleConnectionDataSource> stores = new ArrayList<>();

    @Override
    protected DataSource emptyDatabase() throws IOException {
        SingleConnectionDataSource store = TestWorkflowStore.h2(Files.createDirectory(temp.resolve("store-" + stores.size())));
        stores.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        stores.forEach(SingleConnectionDataSource::destroy);
    }
}
