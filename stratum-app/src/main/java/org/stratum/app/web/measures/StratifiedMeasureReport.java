package org.stratum.app.web.measures;

import org.stratum.app.equity.StratumRow;
import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.stratum.core.equity.Direction;
import org.stratum.core.measure.Population;
import org.stratum.engine.measure.report.MeasureReports;

/**
 * The page's view as a FHIR R4 summary MeasureReport: the measure group, one stratifier for the chosen
 * dimension and a stratum per row, with exactly the counts and rates the page shows. A hidden count is
 * left out (FHIR's count is optional) and the stratum carries the suppressed extension, so the file
 * reveals no more than the page. The denominator counts the eligible patients, exclusions and
 * exceptions already taken out, so the score is numerator ÷ denominator.
 */
final class StratifiedMeasureReport {
    static final String SUPPRESSED_EXTENSION = "urn:stratum:fhir:extension:small-numbers-suppressed";
    private static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    private static final String IMPROVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";

    private StratifiedMeasureReport() {
    }

    static String json(MeasureDetail detail) {
        return FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(of(detail));
    }

    static MeasureReport of(MeasureDetail detail) {
        MeasureReport report = new MeasureReport();
        report.setStatus(MeasureReportStatus.COMPLETE);
        report.setType(MeasureReportType.SUMMARY);
        report.setMeasure("urn:stratum:measure:" + detail.measure().id());
        report.setDate(new Date());
        report.setPeriod(new Period().setStartElement(new DateTimeType(detail.period().start().toString()))
                .setEndElement(new DateTimeType(detail.period().end().toString())));
        boolean higher = detail.measure().direction() == Direction.HIGHER_IS_BETTER;
        report.setImprovementNotation(new CodeableConcept(new Coding(IMPROVEMENT_SYSTEM, higher ? "increase" : "decrease",
                higher ? "Increased score indicates improvement" : "Decreased score indicates improvement")));
        report.addExtension(MeasureReports.VERIFICATION_EXTENSION, new CodeType(detail.measure().status().label()));

        MeasureReportGroupComponent group = report.addGroup();
        group.setId(detail.group().id());
        group.setCode(new CodeableConcept().setText(detail.group().title()));
        MeasureReportGroupStratifierComponent stratifier = group.addStratifier();
        stratifier.addCode(new CodeableConcept(new Coding("urn:stratum:stratifier", detail.dimension().parameter(),
                detail.dimension().title())).setText(detail.dimension().title()));
        for (StratumRow row : detail.table().rows()) {
            if (row.total()) {
                addCounts(group, row);
                continue;
            }
            StratifierGroupComponent stratum = stratifier.addStratum();
            stratum.setValue(new CodeableConcept().setText(row.stratum()));
            addCounts(stratum, row);
        }
        return report;
    }

    private static void addCounts(MeasureReportGroupComponent group, StratumRow row) {
        count(group.addPopulation().setCode(concept(Population.DENOMINATOR)), row.denominator());
        count(group.addPopulation().setCode(concept(Population.NUMERATOR)), row.numerator());
        if (row.hasRate()) {
            group.setMeasureScore(score(row.rate()));
        }
        if (row.suppressed()) {
            group.addExtension(SUPPRESSED_EXTENSION, new BooleanType(true));
        }
    }

    private static void addCounts(StratifierGroupComponent stratum, StratumRow row) {
        Long denominator = row.denominator();
        Long numerator = row.numerator();
        var eligible = stratum.addPopulation().setCode(concept(Population.DENOMINATOR));
        var met = stratum.addPopulation().setCode(concept(Population.NUMERATOR));
        if (denominator != null) {
            eligible.setCount(Math.toIntExact(denominator));
        }
        if (numerator != null) {
            met.setCount(Math.toIntExact(numerator));
        }
        if (row.hasRate()) {
            stratum.setMeasureScore(score(row.rate()));
        }
        if (row.suppressed()) {
            stratum.addExtension(SUPPRESSED_EXTENSION, new BooleanType(true));
        }
    }

    private static void count(MeasureReport.MeasureReportGroupPopulationComponent population, Long count) {
        if (count != null) {
            population.setCount(Math.toIntExact(count));
        }
    }

    private static Quantity score(double rate) {
        return new Quantity().setValue(BigDecimal.valueOf(rate).setScale(6, RoundingMode.HALF_EVEN));
    }

    private static CodeableConcept concept(Population population) {
        return new CodeableConcept(new Coding(POPULATION_SYSTEM, population.fhirCode(), population.display()));
    }
}
