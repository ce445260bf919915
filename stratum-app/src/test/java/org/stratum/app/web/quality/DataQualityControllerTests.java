package org.stratum.app.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.DataCoverage;
import org.stratum.engine.real.CompletenessGrouping;
import org.stratum.engine.real.CompletenessIndicator;
import org.stratum.engine.real.PublishedCompleteness;
import org.stratum.engine.real.RealCompleteness;
import org.stratum.engine.real.census.CensusTable;

/** The Data quality page and its CSV: for every role, aggregates only, no count of 1 to 10 anywhere. */
class DataQualityControllerTests extends QualityPages {
    /** A count on the page: a number cell, or the count span of a share cell. */
    private static final Pattern COUNT = Pattern.compile("<td class=\"number\">\\s*(?:<span>)?([\\d,]+)(?:</span>)?\\s*<");
    private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;

    @Test
    void everyRoleSeesCompletenessTheTrendAndTheTableBehindEachChart() {
        for (String role : List.of("admin", "analyst", "viewer")) {
            var result = get(role, "/data-quality");
            assertThat(result).hasStatusOk();
            String page = page(role, "/data-quality");
            assertThat(page).contains("id=\"completeness-table\"", "id=\"trend-table\"", "class=\"share-bars\"",
                    "class=\"trend-line\"", "self-reported race/ethnicity", "All patients");
        }
    }

    @Test
    void theReaskLinkIsOfferedToAnalystsAndAdministratorsOnly() {
        assertThat(page("analyst", "/data-quality")).contains("id=\"reask-link\"");
        assertThat(page("admin", "/data-quality")).contains("id=\"reask-link\"");
        assertThat(page("viewer", "/data-quality")).doesNotContain("id=\"reask-link\"").doesNotContain("/data-quality/reask");
    }

    @Test
    void thePageShowsTheSameAllPatientsCountsAsTheSuppressedReport() {
        MeasurementPeriod period = MeasurementPeriod.twelveMonthsEnding(DataCoverage.lastMonth(warehouse).orElseThrow());
        PublishedCompleteness report = PublishedCompleteness.of(
                new RealCompleteness(warehouse).count(period, CompletenessGrouping.SOURCE), CompletenessGrouping.SOURCE,
                0.9, POLICY, ConfidenceLevel.NINETY_FIVE);
        PublishedCompleteness.Row all = report.rows().get(report.rows().size() - 1);

        List<NamedCsvRecord> rows = csv(page("viewer", "/data-quality/completeness.csv?by=source"));
        NamedCsvRecord selfReported = rows.stream().filter(r -> r.getField("group").equals("All patients")
                && r.getField("indicator").equals(CompletenessIndicator.SELF_REPORTED.label())).findFirst().orElseThrow();
        assertThat(selfReported.getField("patients")).isEqualTo(Long.toString(all.patients().getAsLong()));
        assertThat(selfReported.getField("count"))
                .isEqualTo(Long.toString(all.share(CompletenessIndicator.SELF_REPORTED).count().getAsLong()));
    }

    @Test
    void noCountOfOneToTenOnThePageOrInTheCsvForAnyGroupingAndSomeAreHidden() {
        int hidden = 0;
        int checked = 0;
        for (String by : List.of("site", "source", "channel")) {
            for (String count : counts(page("viewer", "/data-quality?by=" + by))) {
                assertThat(POLICY.isSmall(Long.parseLong(count.replace(",", "")))).as(by + " " + count).isFalse();
                checked++;
            }
            for (NamedCsvRecord row : csv(page("viewer", "/data-quality/completeness.csv?by=" + by))) {
                for (String column : List.of("patients", "count")) {
                    String value = row.getField(column);
                    if (value.isEmpty()) {
                        hidden++;
                    } else {
                        assertThat(POLICY.isSmall(Long.parseLong(value))).as(by + " " + row).isFalse();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(hidden).as("small counts hidden somewhere in a population this small").isPositive();
    }

    @Test
    void theCensusComparisonAppearsOnceACensusTableIsLoadedWithoutSmallCounts() throws IOException, SQLException {
        assertThat(page("viewer", "/data-quality")).contains("id=\"no-census\"");
        Path census = DATA_DIR.resolve("census.csv");
        StringBuilder text = new StringBuilder("ZCTA5,Hispanic_Total,NH_White_alone,NH_Black_alone,NH_AIAN_alone,"
                + "NH_API_alone,NH_Other_alone,NH_Mult_Total\n");
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
             ResultSet zctas = statement.executeQuery("SELECT DISTINCT left(zip, 5) FROM patient WHERE zip IS NOT NULL")) {
            int i = 0;
            while (zctas.next()) {
                text.append(zctas.getString(1)).append(',').append(400 + i % 7).append(",300,150,10,90,5,").append(45 + i % 3)
                        .append('\n');
                i++;
            }
        }
        Files.writeString(census, text);
        new CensusTable(warehouse).load(census, "tester");

        String page = page("viewer", "/data-quality");
        assertThat(page).doesNotContain("id=\"no-census\"").contains("class=\"strata-table census-table\"")
                .contains("Hispanic or Latino (any race)");
        for (String count : counts(page)) {
            assertThat(POLICY.isSmall(Long.parseLong(count.replace(",", "")))).as(count).isFalse();
        }
    }

    @Test
    void aWrongParameterIsABadRequestPageNamingIt() {
        assertThat(get("viewer", "/data-quality?by=ward")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("The by cannot be used").contains("Group by site, source or channel, not &#39;ward&#39;");
        assertThat(get("viewer", "/data-quality?target=150")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("The target cannot be used");
        assertThat(get("viewer", "/data-quality?period=last-year")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("The period cannot be used").contains("&#39;last-year&#39;");
        assertThat(get("viewer", "/data-quality?period=1990")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("No patient had a visit");
    }

    private static List<String> counts(String page) {
        List<String> counts = new ArrayList<>();
        Matcher cell = COUNT.matcher(page);
        while (cell.find()) {
            counts.add(cell.group(1));
        }
        return counts;
    }

    static List<NamedCsvRecord> csv(String text) {
        List<NamedCsvRecord> rows = new ArrayList<>();
        CsvReader.builder().ofNamedCsvRecord(text).forEach(rows::add);
        return rows;
    }
}
