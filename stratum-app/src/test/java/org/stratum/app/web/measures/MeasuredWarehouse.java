package org.stratum.app.web.measures;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.stratum.app.OpenWarehouse;
import org.stratum.app.StratumProperties;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.measure.MeasureRun;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * A synthetic population of a few thousand patients in a real warehouse in the test's data directory,
 * with every measure computed for 2025 and the rolling twelve-month points ending October to December
 * 2025, as {@code stratum generate}, {@code import} and {@code measures run --period 2025 --trend 3} would.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(OpenWarehouse.class)
public class MeasuredWarehouse {
    static final int PATIENTS = 6000;
    public static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);

    @Bean
    MeasureRun measured2025(Warehouse warehouse, StratumProperties properties) {
        Path extract = properties.dataDir().resolve("extract");
        new PopulationGenerator(new GeneratorSettings(PATIENTS, 17, extract, OutputFormat.CSV,
                GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
        Importer importer = Importer.withBuiltInFormats();
        importer.run(warehouse, new ImportRequest("synthetic", StratumCsvFormat.NAME, List.of(extract), true, "test"));
        MeasureLibrary library = CustomMeasures.load(DataDirectory.at(properties.dataDir()), warehouse);
        List<MeasurementPeriod> periods = new ArrayList<>(List.of(YEAR));
        MeasurementPeriod.rollingTwelveMonths(YearMonth.of(2025, 12), 3).stream()
                .filter(p -> !periods.contains(p)).forEach(periods::add);
        return new MeasureRunner(warehouse, library).run(library.measures(), periods, RunListener.SILENT);
    }
}
