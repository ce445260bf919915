package org.stratum.app.web.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.equity.gaps.GapCriteria;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.GapScanResult;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.OutputFormat;
import org.stratum.engine.generate.PopulationGenerator;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.ingest.csv.StratumCsvFormat;
import org.stratum.engine.measure.MeasureRunner;
import org.stratum.engine.measure.RunListener;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The gap finder's scans are kept while the warehouse stays the same: a repeated request gets the very
 * scan already computed (the same object, so the engine did not run again), and an import or a new
 * measure run for the period makes the next request scan afresh.
 */
class GapScansTests {
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();
    private static final List<MeasureDefinition> MEASURES = List.of(LIBRARY.require("CMS165"), LIBRARY.require("CMS122"));
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    private static final GapCriteria LENIENT = GapCriteria.defaults().withFalseDiscoveryRate(0.9).withMinimumGroupSize(11);

    @TempDir
    static Path temp;
    private static Importer importer;
    private static Warehouse warehouse;

    private final GapScans scans = new GapScans();

    @BeforeAll
    static void measured() {
        Path extract = temp.resolve("extract");
        new PopulationGenerator(new GeneratorSettings(800, 23, extract, OutputFormat.CSV,
                GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
        importer = Importer.withBuiltInFormats();
        warehouse = Warehouse.open(DataDirectory.at(temp.resolve("data")), importer, n -> { });
        importer.run(warehouse, new ImportRequest("synthetic", StratumCsvFormat.NAME, List.of(extract), true, "test"));
        run();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void aRepeatedRequestIsServedTheScanAlreadyComputed() {
        GapScanResult first = scans.scan(warehouse, MEASURES, YEAR, LENIENT);

        assertThat(first.findings().comparisons()).isPositive();
        assertThat(scans.scan(warehouse, MEASURES, YEAR, LENIENT)).isSameAs(first);
    }

    @Test
    void otherCriteriaOrMeasuresAreScannedForThemselves() {
        GapScanResult lenient = scans.scan(warehouse, MEASURES, YEAR, LENIENT);

        GapScanResult strict = scans.scan(warehouse, MEASURES, YEAR, GapCriteria.defaults());
        GapScanResult oneMeasure = scans.scan(warehouse, MEASURES.subList(0, 1), YEAR, LENIENT);

        assertThat(strict).isNotSameAs(lenient);
        assertThat(strict.findings().criteria()).isEqualTo(GapCriteria.defaults());
        assertThat(oneMeasure.scanned()).containsExactly(MEASURES.get(0));
        assertThat(scans.scan(warehouse, MEASURES, YEAR, LENIENT)).isSameAs(lenient);
    }

    @Test
    void aNewMeasureRunForThePeriodMakesTheNextRequestScanAfresh() {
        GapScanResult before = scans.scan(warehouse, MEASURES, YEAR, LENIENT);

        run();

        GapScanResult after = scans.scan(warehouse, MEASURES, YEAR, LENIENT);
        assertThat(after).isNotSameAs(before);
        assertThat(scans.scan(warehouse, MEASURES, YEAR, LENIENT)).isSameAs(after);
    }

    @Test
    void anImportMakesTheNextRequestScanAfresh() throws IOException {
        GapScanResult before = scans.scan(warehouse, MEASURES, YEAR, LENIENT);

        Path late = Files.createDirectories(temp.resolve("late"));
        Files.writeString(late.resolve("patient.csv"), "patient_id,family_name,birth_date,sex\nlate-1,Lopez,1970-03-04,female\n");
        importer.run(warehouse, new ImportRequest("late", StratumCsvFormat.NAME, List.of(late), true, "test"));

        assertThat(scans.scan(warehouse, MEASURES, YEAR, LENIENT)).isNotSameAs(before);
    }

    private static void run() {
        new MeasureRunner(warehouse, LIBRARY).run(MEASURES, List.of(YEAR), RunListener.SILENT);
    }
}
