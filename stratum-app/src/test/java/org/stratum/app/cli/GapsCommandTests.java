package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.measure.MeasureLibrary;

/** The gap finder as a user runs it: after measures are computed, ranked gaps that never show a count of 1 to 10. */
class GapsCommandTests {
    private static final Pattern COUNT = Pattern.compile("(\\d[\\d,]*) of (\\d[\\d,]*)");

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    private Run stratum(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StratumCli.run(new StratumCommand(), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private String data() {
        return "--data=" + temp.resolve("data");
    }

    private void importSyntheticPopulation() {
        Path extract = temp.resolve("extract");
        assertThat(stratum("generate", "--patients", "2000", "--seed", "3", "--out", extract.toString(), "--format", "csv")
                .exitCode()).isZero();
        assertThat(stratum(data(), "import", extract.toString()).exitCode()).isZero();
    }

    @Test
    void gapsRanksTheComputedMeasuresAndNeverPrintsACountOfOneToTen() {
        importSyntheticPopulation();
        assertThat(stratum(data(), "measures", "run", "--period", "2025").exitCode()).isZero();

        // A lenient rate and small groups, so that a small population has gaps, some resting on small counts.
        Run run = stratum(data(), "gaps", "--fdr", "0.9", "--min-group", "11", "--limit", "500");

        assertThat(run.exitCode()).as(run.err()).isZero();
        int everyMeasure = MeasureLibrary.builtIn().measures().size();
        assertThat(run.out()).contains("Gaps in 2025-01-01/2025-12-31: " + everyMeasure + " measures")
                .containsPattern("[\\d,]+ comparisons, each group of at least 11 patients")
                .containsPattern("[\\d,]+ meaningful gaps: Benjamini-Hochberg at a 90% false discovery rate")
                .contains("1. ").contains("patients to equity: ").contains("By site: ")
                .contains("Numbers hidden: a count of 1 to 10 patients could be worked out from them.");
        Matcher counts = COUNT.matcher(run.out());
        int shown = 0;
        while (counts.find()) {
            shown++;
            for (String count : new String[] {counts.group(1), counts.group(2)}) {
                long value = Long.parseLong(count.replace(",", ""));
                assertThat(value).as(counts.group()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(11));
            }
        }
        assertThat(shown).isPositive();
    }

    @Test
    void aMeasureNotComputedForThePeriodIsNamedAndTheOthersScanned() {
        importSyntheticPopulation();
        assertThat(stratum(data(), "measures", "run", "--period", "2025", "--measure", "CMS165").exitCode()).isZero();

        Run run = stratum(data(), "gaps", "--measure", "CMS165,px-would-recommend", "--limit", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Not computed for 2025-01-01/2025-12-31, so not scanned: px-would-recommend")
                .contains("Gaps in 2025-01-01/2025-12-31: 1 measure,");
    }

    @Test
    void gapsBeforeAnyMeasureIsComputedSaysWhatToRunFirst() {
        importSyntheticPopulation();

        Run run = stratum(data(), "gaps");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No measure has been computed yet; run 'stratum measures run' first");
    }

    @Test
    void aMinimumGroupUnderElevenIsRefusedBeforeAnythingRuns() {
        Run run = stratum(data(), "gaps", "--min-group", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The minimum group size must be at least 11");
    }
}
