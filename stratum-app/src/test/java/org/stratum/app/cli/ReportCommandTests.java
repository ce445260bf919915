package org.stratum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stratum.app.cli.CliRun.stratum;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stratum report` as a user runs it over an imported and measured synthetic population. */
class ReportCommandTests {

    @TempDir
    static Path temp;

    private static String data() {
        return "--data=" + temp.resolve("data");
    }

    @BeforeAll
    static void measuredPopulation() {
        Path extract = temp.resolve("extract");
        assertThat(stratum("generate", "--patients", "1500", "--seed", "5", "--out", extract.toString(), "--format", "csv")
                .exitCode()).isZero();
        assertThat(stratum(data(), "import", extract.toString()).exitCode()).isZero();
        CliRun measured = stratum(data(), "measures", "run", "--period", "2025", "--measure", "CMS165,CMS122");
        assertThat(measured.exitCode()).as(measured.err()).isZero();
    }

    @Test
    void leadershipPdfHoldsTheSectionsAndSites() throws Exception {
        Path out = temp.resolve("leadership.pdf");

        CliRun run = stratum(data(), "report", "--period", "2025-01-01/2025-12-31", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote the leadership equity report for 2025-01-01/2025-12-31 to " + out);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Key drivers: scores and priorities", "Stratified measures with the largest gaps",
                    "Measured over 2025-01-01/2025-12-31", "Rates by site", "Root causes",
                    "Barriers, institutional actions and community partners");
        }
    }

    @Test
    void communityHtmlLeavesOutSites() throws Exception {
        Path out = temp.resolve("community.html");

        CliRun run = stratum(data(), "report", "--period", "2025", "--audience", "community", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("This community version leaves out detail by site and by clinician.", "id=\"largest-gaps\"")
                .doesNotContain("Rates by site");
    }

    @Test
    void badPeriodIsWrongUsageInOneLine() {
        Path out = temp.resolve("never.pdf");

        CliRun run = stratum(data(), "report", "--period", "last-year", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo("stratum: --period: 'last-year' is not a period; write START/END, e.g. 2025-01-01/2025-12-31, or a year such as 2025");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownFormatAndAudienceAreWrongUsage() {
        CliRun format = stratum(data(), "report", "--period", "2025", "--out", temp.resolve("report.docx").toString());
        CliRun audience = stratum(data(), "report", "--period", "2025", "--audience", "board", "--out",
                temp.resolve("report.pdf").toString());

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).startsWith("stratum: --out: the file must end in .pdf or .html, not 'report.docx'");
        assertThat(audience.exitCode()).isEqualTo(2);
        assertThat(audience.err()).startsWith("stratum: Invalid value for option '--audience'");
    }
}
