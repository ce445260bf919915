package org.stratum.app.web.data;

import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.engine.warehouse.Warehouse;

/** What the Data page shows: the warehouse's holdings, the latest import started here, and the history. */
@Component
class DataPage {

    private final WarehouseSummarySource summary;
    private final ObjectProvider<Warehouse> warehouse;
    private final ImportJobs jobs;
    private final String maxFileSize;
    private final ZoneId zone = ZoneId.systemDefault();

    /** The upload limit is the web server's ({@code spring.servlet.multipart.max-file-size}), as configured. */
    DataPage(WarehouseSummarySource summary, ObjectProvider<Warehouse> warehouse, ImportJobs jobs,
             ObjectProvider<MultipartProperties> multipart) {
        this.summary = summary;
        this.warehouse = warehouse;
        this.jobs = jobs;
        this.maxFileSize = FileSizes.readable(multipart.getIfAvailable(MultipartProperties::new).getMaxFileSize().toBytes());
    }

    /** Everything on the page; an upload form already in the model (with its errors) is kept. */
    void describe(Model model) {
        describeWarehouse(model);
        model.addAttribute("status", status());
        model.addAttribute("importsAvailable", jobs.available());
        model.addAttribute("maxFileSize", maxFileSize);
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new ImportForm());
        }
    }

    /** The import status; once the import has ended, also what it changed (holdings and history). */
    void describeStatus(Model model) {
        ImportStatus status = status();
        model.addAttribute("status", status);
        if (status != null && !status.running()) {
            describeWarehouse(model);
        }
    }

    private void describeWarehouse(Model model) {
        model.addAttribute("holdings", summary.summary());
        Warehouse w = warehouse.getIfAvailable();
        model.addAttribute("history", w == null ? List.of() : ImportHistoryRow.newestFirst(w.imports(), zone));
    }

    private ImportStatus status() {
        return jobs.latest().map(job -> ImportStatus.of(job, zone)).orElse(null);
    }
}
