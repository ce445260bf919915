package org.stratum.app.web.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stratum.app.OpenWarehouse;
import org.stratum.app.StratumApplication;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.LedgerEntry;
import org.stratum.engine.warehouse.Warehouse;

/** Imports started from the web app end with the application, leaving no thread and no partial import. */
class ImportJobsLifecycleTests {

    @TempDir
    Path dataDir;

    @Test
    void closingTheApplicationStopsARunningImportWhichStoresNothing() throws Exception {
        ImportJob job;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StratumApplication.class,
                OpenWarehouse.class, HeldImports.class).web(WebApplicationType.NONE)
                .run("--stratum.data-dir=" + dataDir)) {
            HeldImports.Hold hold = context.getBean(HeldImports.class).holdNextImport();
            ImportForm form = new ImportForm();
            form.setSource("interrupted");
            job = context.getBean(ImportJobs.class).start(form,
                    List.of(TestFiles.file("export.ndjson", TestFiles.FHIR_NDJSON)), "analyst");
            hold.awaitReached();
            assertThat(importThreads()).hasSize(1);
        }

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.ending().failure()).startsWith("The application was stopped during the import; nothing of it was stored.");
        assertThat(importThreads()).isEmpty();
        assertThat(job.upload().folder()).doesNotExist();
        try (Warehouse reopened = Warehouse.open(DataDirectory.at(dataDir), Importer.withBuiltInFormats(), notice -> { })) {
            assertThat(reopened.imports()).extracting(LedgerEntry::source).doesNotContain("interrupted");
            assertThat(reopened.summary().patients()).isZero();
        }
    }

    @Test
    void anApplicationThatNeverImportedStartsNoThread() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StratumApplication.class,
                OpenWarehouse.class).web(WebApplicationType.NONE).run("--stratum.data-dir=" + dataDir)) {
            assertThat(context.getBean(ImportJobs.class).latest()).isEmpty();
            assertThat(importThreads()).isEmpty();
        }
    }

    private static List<Thread> importThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("stratum-import") && t.isAlive()).toList();
    }
}
