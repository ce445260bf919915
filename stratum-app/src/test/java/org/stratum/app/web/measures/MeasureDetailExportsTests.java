package org.stratum.app.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SchemaBaseValidator;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.stratum.core.equity.Direction;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.disparity.BetweenGroupVariance;
import org.stratum.core.equity.disparity.DisparityEstimate;
import org.stratum.core.equity.disparity.GroupEstimate;
import org.stratum.core.equity.disparity.IndexOfDisparity;
import org.stratum.core.equity.disparity.RangeDifference;
import org.stratum.core.equity.disparity.RangeRatio;
import org.stratum.core.equity.disparity.TheilIndex;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.w3c.dom.Document;

/**
 * The measure page's summary measures of disparity and its exports (Excel, chart SVG, FHIR
 * MeasureReport), each checked against the page's own CSV and the core's computations.
 */
class MeasureDetailExportsTests extends MeasuredPages {
    private static final String VIEW = "?period=2025&by=race-2024&reference=rest";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void summaryMeasuresAreTheCoresOverExactlyTheStrataTheTableShows() {
        List<Map<String, String>> csv = csv("colorectal-cancer-screening", "?period=2025&by=payer");
        List<GroupCount> shown = csv.stream().filter(r -> !r.get("stratum").equals("Total") && !r.get("rate").isEmpty())
                .map(r -> new GroupCount(r.get("stratum"), Long.parseLong(r.get("numerator")),
                        Long.parseLong(r.get("denominator")))).toList();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        var page = Jsoup.parse(page("viewer", "/measures/colorectal-cancer-screening?period=2025&by=payer"));
        Element table = page.selectFirst("#disparity-summary");

        assertThat(table.selectFirst("caption").text()).contains("across the " + shown.size() + " strata shown");
        List<GroupEstimate> rates = shown.stream().map(GroupEstimate::ofProportion).toList();
        List<GroupEstimate> adverse = shown.stream()
                .map(c -> GroupEstimate.ofAdverseProportion(c, Direction.HIGHER_IS_BETTER)).toList();
        assertLine(table, "Range difference", () -> RangeDifference.of(rates), v -> String.format(Locale.ROOT, "%.1f pts", 100 * v));
        assertLine(table, "Between-group variance", () -> BetweenGroupVariance.of(rates),
                v -> String.format(Locale.ROOT, "%.2f pts²", 1e4 * v));
        assertLine(table, "Range ratio", () -> RangeRatio.of(adverse), v -> String.format(Locale.ROOT, "%.2f", v));
        assertLine(table, "Index of disparity (against the best stratum)",
                () -> IndexOfDisparity.againstBest(adverse, Direction.LOWER_IS_BETTER),
                v -> String.format(Locale.ROOT, "%.1f%%", v));
        assertLine(table, "Theil index", () -> TheilIndex.of(adverse), v -> String.format(Locale.ROOT, "%.4f", v));
    }

    @Test
    void theExcelWorkbookHoldsTheSameCellsAsTheCsv() throws IOException {
        List<List<String>> csv = csvCells("colorectal-cancer-screening", VIEW);
        var response = get("viewer", "/measures/colorectal-cancer-screening/table.xlsx" + VIEW).getResponse();
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(csv.size());
            for (int r = 0; r < csv.size(); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < csv.get(0).size(); c++) {
                    assertThat(text(row.getCell(c), csv.get(0).get(c))).as("row %d, %s", r, csv.get(0).get(c))
                            .isEqualTo(csv.get(r).get(c));
                }
            }
        }
        assertThat(csv.stream().anyMatch(row -> row.contains(""))).as("the view hides some cells").isTrue();
    }

    @Test
    void theMeasureReportIsValidFhirAndCarriesTheStrataAsTheCsvShowsThem() throws IOException {
        List<Map<String, String>> csv = csv("colorectal-cancer-screening", VIEW);
        var response = get("viewer", "/measures/colorectal-cancer-screening/report.json" + VIEW).getResponse();
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        String json = response.getContentAsString();

        MeasureReport report = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(MeasureReport.class, json);
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new SchemaBaseValidator(FHIR));
        ValidationResult result = validator.validateWithResult(report);
        assertThat(result.getMessages()).as(json).isEmpty();

        var stratifier = report.getGroupFirstRep().getStratifierFirstRep();
        assertThat(stratifier.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("race-2024");
        List<Map<String, String>> strata = csv.stream().filter(r -> !r.get("stratum").equals("Total")).toList();
        assertThat(stratifier.getStratum()).extracting(s -> s.getValue().getText())
                .containsExactlyElementsOf(strata.stream().map(r -> r.get("stratum")).toList());
        for (int i = 0; i < strata.size(); i++) {
            StratifierGroupComponent stratum = stratifier.getStratum().get(i);
            assertThat(count(stratum, "denominator")).isEqualTo(strata.get(i).get("denominator"));
            assertThat(count(stratum, "numerator")).isEqualTo(strata.get(i).get("numerator"));
            assertThat(stratum.hasExtension(StratifiedMeasureReport.SUPPRESSED_EXTENSION))
                    .isEqualTo(strata.get(i).get("suppressed").equals("true"));
        }
        assertThat(strata).anyMatch(r -> r.get("suppressed").equals("true"));
    }

    @Test
    void theChartSvgIsWellFormedAndDrawsTheStrataTheTableShows() throws Exception {
        List<Map<String, String>> csv = csv("colorectal-cancer-screening", VIEW);
        var response = get("viewer", "/measures/colorectal-cancer-screening/chart.svg" + VIEW).getResponse();
        assertThat(response.getContentType()).startsWith("image/svg+xml");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength())
                .isEqualTo(csv.stream().filter(r -> !r.get("stratum").equals("Total") && !r.get("rate").isEmpty()).count());
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .startsWith("CMS130 Colorectal Cancer Screening by race and ethnicity (OMB 2024)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table.xlsx", "chart.svg", "report.json"})
    void anExportWithAWrongParameterIsA400NamingIt(String export) {
        assertThat(get("viewer", "/measures/CMS130/" + export + "?by=shoe-size")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("The by cannot be shown");
        assertThat(get("viewer", "/measures/CMS130/" + export + "?reference=nobody")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("The reference cannot be shown");
    }

    @Test
    void aClinicianNameASpreadsheetWouldRunIsWrittenAsTextWhileNegativeDifferencesStayNumbers() throws Exception {
        String clinician = sql("SELECT clinician_id FROM measure_result WHERE measure_id = ? AND period_start = ?"
                + " AND period_end = ? AND clinician_id IS NOT NULL ORDER BY clinician_id LIMIT 1",
                "controlling-high-blood-pressure").get(0).get(0);
        String name = "=HYPERLINK(\"http://example.org/\",\"Dr Click\")";
        String before = renameClinician(clinician, name);
        try {
            List<Map<String, String>> rows = csv("CMS165", "?by=clinician&period=2025");

            assertThat(rows).extracting(r -> r.get("stratum")).contains("'" + name).noneMatch(s -> s.startsWith("="));
            assertThat(rows).extracting(r -> r.get("difference")).anyMatch(d -> d.startsWith("-0."));
        } finally {
            renameClinician(clinician, before);
        }
    }

    /** Gives a clinician another name in the warehouse and returns the one they had. */
    private String renameClinician(String clinicianId, String name) throws java.sql.SQLException {
        try (var connection = warehouse.connect();
             var query = connection.prepareStatement("SELECT any_value(name) FROM clinician WHERE clinician_id = ?");
             var update = connection.prepareStatement("UPDATE clinician SET name = ? WHERE clinician_id = ?")) {
            query.setString(1, clinicianId);
            String before;
            try (var result = query.executeQuery()) {
                result.next();
                before = result.getString(1);
            }
            update.setString(1, name);
            update.setString(2, clinicianId);
            assertThat(update.executeUpdate()).isPositive();
            return before;
        }
    }

    private static void assertLine(Element table, String name, Supplier<DisparityEstimate> core,
            java.util.function.DoubleFunction<String> format) {
        Element row = table.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(name))
                .findFirst().orElseThrow();
        DisparityEstimate estimate = core.get();
        assertThat(row.select("td").get(1).text()).as(name).isEqualTo(format.apply(estimate.estimate()));
        String interval = estimate.interval(ConfidenceLevel.NINETY_FIVE)
                .map(i -> format.apply(i.lower()) + " to " + format.apply(i.upper())).orElse("—");
        assertThat(row.select("td").get(2).text()).as(name).isEqualTo(interval);
    }

    private static String count(StratifierGroupComponent stratum, String population) {
        return stratum.getPopulation().stream().filter(p -> p.getCode().getCodingFirstRep().getCode().equals(population))
                .findFirst().filter(p -> p.hasCount()).map(p -> Integer.toString(p.getCount())).orElse("");
    }

    /** A workbook cell as the CSV writes it: counts whole, proportions to six places, empty when hidden. */
    private static String text(Cell cell, String column) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> column.equals("denominator") || column.equals("numerator")
                    ? Long.toString((long) cell.getNumericCellValue())
                    : String.format(Locale.ROOT, "%.6f", cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> cell.getStringCellValue();
        };
    }

    private List<Map<String, String>> csv(String measure, String query) {
        return StratumCsvRows.read(page("viewer", "/measures/" + measure + "/table.csv" + query));
    }

    private List<List<String>> csvCells(String measure, String query) {
        List<List<String>> rows = new ArrayList<>();
        de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(page("viewer", "/measures/" + measure + "/table.csv" + query))
                .forEach(record -> rows.add(record.getFields()));
        return rows;
    }
}
