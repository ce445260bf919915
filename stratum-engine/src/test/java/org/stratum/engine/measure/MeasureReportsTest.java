package org.stratum.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SchemaBaseValidator;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.measure.report.MeasureReports;
import org.stratum.engine.warehouse.Warehouse;

/**
 * MeasureReports from stored results: their counts agree with the results table, the strata add up
 * to the group, and every report is valid FHIR R4 by HAPI FHIR's parser and the R4 schema.
 */
class MeasureReportsTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final MeasurementPeriod YEAR = MeasurementPeriod.calendarYear(2025);
    @TempDir
    static Path temp;
    private static Warehouse warehouse;
    private static MeasureDefinition cms165;

    @BeforeAll
    static void computeCms165() {
        warehouse = SyntheticWarehouse.withPatients(temp, 500);
        MeasureLibrary library = MeasureLibrary.builtIn();
        cms165 = library.require("CMS165");
        new MeasureRunner(warehouse, library).run(List.of(cms165), List.of(YEAR), RunListener.SILENT);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void aSummaryCountsEachPopulationAndItsStrataAddUpToTheGroup() throws Exception {
        MeasureReport report = new MeasureReports(warehouse).summary(cms165, YEAR);

        assertValid(report);
        assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        int denominator = report.getGroupFirstRep().getPopulation().get(1).getCount();
        assertThat(denominator).isEqualTo(count("SELECT count(*) FILTER (WHERE denominator) FROM measure_result"));
        assertThat(report.getGroupFirstRep().getStratifier()).extracting(s -> s.getCodeFirstRep().getCodingFirstRep().getCode())
                .containsExactly("race", "ethnicity", "language");
        for (MeasureReportGroupStratifierComponent stratifier : report.getGroupFirstRep().getStratifier()) {
            assertThat(stratifier.getStratum().stream().mapToInt(s -> s.getPopulation().get(1).getCount()).sum())
                    .as(stratifier.getCodeFirstRep().getText()).isEqualTo(denominator);
        }
        assertThat(report.getExtensionByUrl(MeasureReports.CODES_EXTENSION).getValue().primitiveValue()).isEqualTo("demo");
        assertThat(report.getExtensionByUrl(MeasureReports.VERIFICATION_EXTENSION).getValue().primitiveValue())
                .isEqualTo("verified");
    }

    @Test
    void aSubjectListNamesEveryPatientOfEachPopulation() throws Exception {
        MeasureReport report = new MeasureReports(warehouse).subjectList(cms165, YEAR);

        assertValid(report);
        var numerator = report.getGroupFirstRep().getPopulation().stream()
                .filter(p -> p.getCode().getCodingFirstRep().getCode().equals("numerator")).findFirst().orElseThrow();
        var list = (org.hl7.fhir.r4.model.ListResource) report.getContained().stream()
                .filter(r -> ("#" + r.getIdElement().getIdPart()).equals(numerator.getSubjectResults().getReference())
                        || r.getId().equals(numerator.getSubjectResults().getReference()))
                .findFirst().orElseThrow();
        assertThat(list.getEntry()).hasSize(numerator.getCount());
        assertThat(numerator.getCount()).isEqualTo(count("SELECT count(*) FILTER (WHERE numerator) FROM measure_result"));
    }

    @Test
    void anIndividualReportGivesOnePatientsPopulations() throws Exception {
        String patient;
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT patient_id FROM measure_result WHERE numerator LIMIT 1")) {
            rows.next();
            patient = rows.getString(1);
        }

        MeasureReport report = new MeasureReports(warehouse).individual(cms165, YEAR, patient);

        assertValid(report);
        assertThat(report.getSubject().getReference()).isEqualTo("Patient/" + patient);
        assertThat(report.getGroupFirstRep().getPopulation()).extracting(p -> p.getCount()).containsExactly(1, 1, 0, 1);
    }

    private static void assertValid(MeasureReport report) {
        String json = FHIR.newJsonParser().encodeResourceToString(report);
        MeasureReport parsed = FHIR.newJsonParser().setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler())
                .parseResource(MeasureReport.class, json);
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new SchemaBaseValidator(FHIR));
        ValidationResult result = validator.validateWithResult(parsed);
        assertThat(result.getMessages()).as(json).isEmpty();
    }

    private static int count(String sql) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
