package org.stratum.engine.measure.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.stratum.core.equity.Direction;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.measure.Population;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.RealTabulation;
import org.stratum.core.real.tabulation.ReportingSourceFilter;
import org.stratum.core.real.tabulation.Stratum;
import org.stratum.core.real.tabulation.Tabulation;
import org.stratum.core.real.tabulation.TabulationMethod;
import org.stratum.engine.measure.CodeSource;
import org.stratum.engine.real.RaceEthnicityAnswers;
import org.stratum.engine.warehouse.Warehouse;

/**
 * FHIR R4 MeasureReports from stored measure results: individual (one patient), subject-list (who
 * is in each population, as contained Lists) and summary (counts and score per group, stratified by
 * race, ethnicity and preferred language; race and ethnicity as self-reported or staff-observed, never
 * imputed). Every report says whether the measure is verified and
 * whether demo code lists stood in for its value sets, so a stand-in never passes for a real result.
 */
public final class MeasureReports {
    static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    static final String IMPROVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    /** Whether the measure is verified against its published test cases. */
    public static final String VERIFICATION_EXTENSION = "urn:stratum:fhir:extension:measure-verification";
    /** Where the value sets' codes came from: loaded or demo. */
    public static final String CODES_EXTENSION = "urn:stratum:fhir:extension:measure-codes";
    private static final String LANGUAGE_SYSTEM = "urn:ietf:bcp:47";

    private final Warehouse warehouse;

    public MeasureReports(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** One patient's populations in each group. */
    public MeasureReport individual(MeasureDefinition measure, MeasurementPeriod period, String patientId) {
        MeasureReport report = base(measure, period, MeasureReportType.INDIVIDUAL);
        report.setSubject(new Reference("Patient/" + patientId));
        Map<String, Row> rows = rows(measure, period).stream().filter(r -> r.patientId().equals(patientId))
                .collect(Collectors.toMap(Row::groupId, Function.identity()));
        for (MeasureGroup group : measure.groups()) {
            Row row = rows.get(group.id());
            MeasureReportGroupComponent component = group(report, measure, group);
            for (Population population : populations(group)) {
                population(component, population).setCount(row != null && row.in(population) ? 1 : 0);
            }
        }
        return report;
    }

    /** Counts per population with the patients in each, as contained Lists. */
    public MeasureReport subjectList(MeasureDefinition measure, MeasurementPeriod period) {
        MeasureReport report = base(measure, period, MeasureReportType.SUBJECTLIST);
        List<Row> rows = rows(measure, period);
        for (MeasureGroup group : measure.groups()) {
            MeasureReportGroupComponent component = group(report, measure, group);
            List<Row> inGroup = rows.stream().filter(r -> r.groupId().equals(group.id())).toList();
            for (Population population : populations(group)) {
                List<Row> members = inGroup.stream().filter(r -> r.in(population)).toList();
                ListResource list = new ListResource();
                list.setId("group-" + group.id() + "-" + population.fhirCode());
                list.setStatus(ListResource.ListStatus.CURRENT);
                list.setMode(ListResource.ListMode.SNAPSHOT);
                members.forEach(r -> list.addEntry().setItem(new Reference("Patient/" + r.patientId())));
                report.addContained(list);
                population(component, population).setCount(members.size())
                        .setSubjectResults(new Reference("#" + list.getId()));
            }
            score(component, inGroup);
        }
        return report;
    }

    /** Counts and score per group, stratified by race (1997), ethnicity (1997) and preferred language. */
    public MeasureReport summary(MeasureDefinition measure, MeasurementPeriod period) {
        MeasureReport report = base(measure, period, MeasureReportType.SUMMARY);
        List<Row> rows = rows(measure, period);
        Set<String> patients = rows.stream().map(Row::patientId).collect(Collectors.toSet());
        Tabulation race = tabulate(TabulationMethod.RACE_1997, patients);
        Tabulation ethnicity = tabulate(TabulationMethod.ETHNICITY_1997, patients);
        Map<String, String> languages = languages(patients);
        for (MeasureGroup group : measure.groups()) {
            MeasureReportGroupComponent component = group(report, measure, group);
            List<Row> inGroup = rows.stream().filter(r -> r.groupId().equals(group.id())).toList();
            for (Population population : populations(group)) {
                population(component, population).setCount((int) inGroup.stream().filter(r -> r.in(population)).count());
            }
            score(component, inGroup);
            stratify(component, group, "race", "Race (1997 question)", inGroup,
                    r -> race.strataOf(r.patientId()).stream().findFirst().map(Stratum::label).orElse("Unknown"));
            stratify(component, group, "ethnicity", "Ethnicity (1997 question)", inGroup,
                    r -> ethnicity.strataOf(r.patientId()).stream().findFirst().map(Stratum::label).orElse("Unknown"));
            stratify(component, group, "language", "Preferred language", inGroup,
                    r -> languages.getOrDefault(r.patientId(), "unknown"));
        }
        return report;
    }

    private MeasureReport base(MeasureDefinition measure, MeasurementPeriod period, MeasureReportType type) {
        MeasureReport report = new MeasureReport();
        report.setStatus(MeasureReportStatus.COMPLETE);
        report.setType(type);
        report.setMeasure("urn:stratum:measure:" + measure.id());
        report.setDate(new java.util.Date());
        report.setPeriod(new Period().setStartElement(new DateTimeType(period.start().toString()))
                .setEndElement(new DateTimeType(period.end().toString())));
        report.setImprovementNotation(new CodeableConcept(new Coding(IMPROVEMENT_SYSTEM,
                measure.direction() == Direction.HIGHER_IS_BETTER ? "increase" : "decrease",
                measure.direction() == Direction.HIGHER_IS_BETTER ? "Increased score indicates improvement"
                        : "Decreased score indicates improvement")));
        report.addExtension(VERIFICATION_EXTENSION, new CodeType(measure.status().label()));
        report.addExtension(CODES_EXTENSION, new CodeType(codes(measure, period).name().toLowerCase(Locale.ROOT)));
        return report;
    }

    private static MeasureReportGroupComponent group(MeasureReport report, MeasureDefinition measure, MeasureGroup group) {
        MeasureReportGroupComponent component = report.addGroup();
        component.setId(group.id());
        component.setCode(new CodeableConcept().setText(group.title()));
        return component;
    }

    private static MeasureReportGroupPopulationComponent population(MeasureReportGroupComponent group,
            Population population) {
        return group.addPopulation().setCode(concept(population));
    }

    private static CodeableConcept concept(Population population) {
        return new CodeableConcept(new Coding(POPULATION_SYSTEM, population.fhirCode(), population.display()));
    }

    private static List<Population> populations(MeasureGroup group) {
        List<Population> populations = new ArrayList<>();
        for (Population population : Population.values()) {
            if (group.has(population)) {
                populations.add(population);
            }
        }
        return populations;
    }

    private static void score(MeasureReportGroupComponent component, Collection<Row> rows) {
        proportion(rows).ifPresent(score -> component.setMeasureScore(new Quantity().setValue(score)));
    }

    private static java.util.Optional<BigDecimal> proportion(Collection<Row> rows) {
        long eligible = rows.stream().filter(r -> r.denominator && !r.exclusion && !r.exception).count();
        long met = rows.stream().filter(r -> r.numerator).count();
        return eligible == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(BigDecimal.valueOf(met).divide(BigDecimal.valueOf(eligible), 6, RoundingMode.HALF_EVEN));
    }

    private static void stratify(MeasureReportGroupComponent component, MeasureGroup group, String code, String text,
            List<Row> rows, Function<Row, String> stratumOf) {
        MeasureReportGroupStratifierComponent stratifier = component.addStratifier();
        stratifier.addCode(new CodeableConcept(new Coding("urn:stratum:stratifier", code, text)).setText(text));
        Map<String, List<Row>> byStratum = rows.stream()
                .collect(Collectors.groupingBy(stratumOf, java.util.TreeMap::new, Collectors.toList()));
        byStratum.forEach((value, members) -> {
            StratifierGroupComponent stratum = stratifier.addStratum();
            stratum.setValue(code.equals("language") && !value.equals("unknown")
                    ? new CodeableConcept(new Coding(LANGUAGE_SYSTEM, value, null)).setText(value)
                    : new CodeableConcept().setText(value));
            for (Population population : populations(group)) {
                StratifierGroupPopulationComponent count = stratum.addPopulation();
                count.setCode(concept(population));
                count.setCount((int) members.stream().filter(r -> r.in(population)).count());
            }
            proportion(members).ifPresent(score -> stratum.setMeasureScore(new Quantity().setValue(score)));
        });
    }

    private Tabulation tabulate(TabulationMethod method, Set<String> patients) {
        try (Connection connection = warehouse.connect()) {
            return new RealTabulation(CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()),
                    ReportingSourceFilter.selfReportedOrObserved())
                    .tabulate(method, patients, RaceEthnicityAnswers.all(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read race and ethnicity answers", e);
        }
    }

    private Map<String, String> languages(Set<String> patients) {
        Map<String, String> languages = new HashMap<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT patient_id, coalesce(preferred_language, 'unknown') FROM patient");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (patients.contains(rows.getString(1))) {
                    languages.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read preferred languages", e);
        }
        return languages;
    }

    private CodeSource codes(MeasureDefinition measure, MeasurementPeriod period) {
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT codes FROM measure_run WHERE measure_id = ? AND period_start = ? AND period_end = ?")) {
            query.setString(1, measure.id());
            query.setDate(2, java.sql.Date.valueOf(period.start()));
            query.setDate(3, java.sql.Date.valueOf(period.end()));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException(measure.displayName() + " has not been computed for " + period
                            + "; run 'stratum measures run --measure " + measure.id() + " --period " + period + "' first");
                }
                return CodeSource.valueOf(rows.getString(1).toUpperCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the measure runs", e);
        }
    }

    private List<Row> rows(MeasureDefinition measure, MeasurementPeriod period) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = warehouse.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT patient_id, group_id, denominator, denominator_exclusion, numerator, denominator_exception
                FROM measure_result WHERE measure_id = ? AND period_start = ? AND period_end = ?
                ORDER BY patient_id""")) {
            query.setString(1, measure.id());
            query.setDate(2, java.sql.Date.valueOf(period.start()));
            query.setDate(3, java.sql.Date.valueOf(period.end()));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getString(2), result.getBoolean(3), result.getBoolean(4),
                            result.getBoolean(5), result.getBoolean(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the results of " + measure.id(), e);
        }
        return rows;
    }

    /** One stored result: a patient in a group's initial population, with the other flags. */
    private record Row(String patientId, String groupId, boolean denominator, boolean exclusion, boolean numerator,
                       boolean exception) {
        boolean in(Population population) {
            return switch (population) {
                case INITIAL_POPULATION -> true;
                case DENOMINATOR -> denominator;
                case DENOMINATOR_EXCLUSION -> exclusion;
                case NUMERATOR -> numerator;
                case DENOMINATOR_EXCEPTION -> exception;
            };
        }
    }
}
