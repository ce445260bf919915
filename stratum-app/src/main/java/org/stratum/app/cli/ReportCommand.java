package org.stratum.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stratum.app.StratumApplication;
import org.stratum.app.data.WarehouseBeans;
import org.stratum.app.report.EquityReports;
import org.stratum.app.report.ReportAudience;
import org.stratum.app.report.ReportRequest;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The equity report for leadership, the board or the community, as PDF or HTML. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the equity report for a period: the key drivers' scores and priorities, the stratified measures"
                + " with the largest gaps and their trends, root causes, barriers, institutional actions and community"
                + " partners. Counts of 1 to 10 never appear; the community version leaves out site and clinician detail.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "START/END",
            description = "The period the report covers, e.g. 2025-01-01/2025-12-31 or 2025.")
    String period;

    @Option(names = "--audience", paramLabel = "leadership|community", defaultValue = "leadership",
            description = "leadership (the default) or community, which leaves out site and clinician detail.")
    ReportAudience audience;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the report: a .pdf or .html file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ReportRequest request = new ReportRequest(period(), audience);
        boolean pdf = format();
        PrintWriter console = spec.commandLine().getOut();
        Path target = out.toAbsolutePath().normalize();
        Path partial = Files.createTempFile(target.getParent(), ".stratum-report-", ".part");
        try (Warehouse warehouse = Warehouses.open(root, console);
             ConfigurableApplicationContext context = reporting(warehouse);
             OutputStream file = Files.newOutputStream(partial)) {
            EquityReports reports = context.getBean(EquityReports.class);
            if (pdf) {
                reports.pdf(request, file);
            } else {
                file.write(reports.html(request).getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Written in full before it takes the name, so a failure never leaves half a report behind.
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        console.printf("Wrote the %s equity report for %s to %s.%n", audience.code(), request.period(), target);
        return 0;
    }

    private MeasurementPeriod period() {
        try {
            return MeasurementPeriod.parse(period.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--period: '" + period
                    + "' is not a period; write START/END, e.g. 2025-01-01/2025-12-31, or a year such as 2025");
        }
    }

    /** Whether the report is PDF (else HTML), from the file's extension. */
    private boolean format() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return true;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return false;
        }
        throw new ParameterException(spec.commandLine(), "--out: the file must end in .pdf or .html, not '" + out.getFileName() + "'");
    }

    /** The application without its web server, over the open warehouse. */
    private ConfigurableApplicationContext reporting(Warehouse warehouse) {
        return new SpringApplicationBuilder(StratumApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(new WarehouseBeans(warehouse))
                .logStartupInfo(root.verbose)
                .run(SpringArguments.common(root).toArray(String[]::new));
    }
}
