package org.stratum.engine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.stratum.engine.ingest.ImportRequest;
import org.stratum.engine.ingest.Importer;
import org.stratum.engine.warehouse.Warehouse;

/**
 * HAPI FHIR is the reference for what a resource says. Over every resource of the eCQM fixtures,
 * the fields Stratum keeps, as HAPI reads them, equal what the fast DuckDB path stored.
 */
class FastPathAgreesWithHapiTest {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final IParser HAPI = FhirContext.forR4().newJsonParser();
    /** The doNotPerform modifier extensions of base FHIR and QI-Core (exact URLs: a misspelt one means nothing). */
    private static final Set<String> DO_NOT_PERFORM = Set.of("http://hl7.org/fhir/StructureDefinition/request-doNotPerform",
            "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPerform");
    private static Warehouse warehouse;
    private static Connection sql;
    private static final List<Path> FILES = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        List<Path> folders = FhirFixtureImportTest.patientFolders();
        warehouse = Warehouse.inMemory();
        Importer.withBuiltInFormats().run(warehouse, new ImportRequest("tests", FhirFormat.NAME, folders, true, "test",
                false, false, true));
        sql = warehouse.connect();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                files.sorted().forEach(FILES::add);
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (sql != null) { // null when the fixtures are missing and the test was skipped
            sql.close();
            warehouse.close();
        }
    }

    @Test
    void everyFieldStratumKeepsMatchesHapisReading() throws Exception {
        int compared = 0;
        for (Path file : FILES) {
            Resource resource = (Resource) HAPI.parseResource(Files.readString(file));
            String patient = file.getParent().getFileName().toString();
            String patientId = patientOf(file.getParent());
            String id = resource.getIdElement().getIdPart();
            String scoped = id.equals(patientId) ? id : patientId + "/" + id;
            Set<String> expected = expected(resource, patientId);
            if (expected == null) {
                continue;
            }
            Set<String> stored = stored(resource.fhirType(), scoped);
            assertThat(stored).as("%s in %s", resource.fhirType() + "/" + id, patient).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(2500);
    }

    private static Set<String> expected(Resource resource, String patient) {
        if (resource instanceof Patient p) {
            return Set.of(String.join("|", p.getBirthDateElement().asStringValue(),
                    p.hasGender() ? p.getGender().toCode() : "null"));
        } else if (resource instanceof Encounter e) {
            return codes(List.of(e.getType().toArray(new CodeableConcept[0])), c -> String.join("|", e.getStatus().toCode(),
                    e.getClass_().getCode(), c, time(e.getPeriod().getStartElement()), time(e.getPeriod().getEndElement())));
        } else if (resource instanceof Condition c) {
            return codes(List.of(c.getCode()), code -> String.join("|", code, first(c.getClinicalStatus()),
                    first(c.getVerificationStatus()), c.hasCategory() ? first(c.getCategoryFirstRep()) : "null",
                    c.hasOnsetDateTimeType() ? time(c.getOnsetDateTimeType())
                            : c.hasOnsetPeriod() ? time(c.getOnsetPeriod().getStartElement()) : "null",
                    c.hasAbatementDateTimeType() ? time(c.getAbatementDateTimeType())
                            : c.hasAbatementPeriod() ? time(c.getAbatementPeriod().getEndElement()) : "null",
                    c.hasBodySite() ? first(c.getBodySiteFirstRep()) : "null"));
        } else if (resource instanceof Observation o) {
            String value = o.hasValueQuantity() ? String.valueOf(o.getValueQuantity().getValue().doubleValue())
                    : o.hasValueIntegerType() ? String.valueOf(o.getValueIntegerType().getValue().doubleValue())
                    : o.hasValueCodeableConcept() ? first(o.getValueCodeableConcept()) : "null";
            String when = o.hasEffectiveDateTimeType() ? time(o.getEffectiveDateTimeType())
                    : o.hasEffectivePeriod() ? time(o.getEffectivePeriod().getStartElement()) : "null";
            return codes(List.of(o.getCode()), c -> String.join("|", o.getStatus().toCode(), c, value, when));
        } else if (resource instanceof Procedure p) {
            String start = p.hasPerformedDateTimeType() ? time(p.getPerformedDateTimeType())
                    : p.hasPerformedPeriod() ? time(p.getPerformedPeriod().getStartElement()) : "null";
            return codes(List.of(p.getCode()), c -> String.join("|", p.getStatus().toCode(), c, start,
                    p.hasReasonCode() ? first(p.getReasonCodeFirstRep()) : "null"));
        } else if (resource instanceof Immunization i) {
            return codes(List.of(i.getVaccineCode()), c -> String.join("|", i.getStatus().toCode(), c,
                    i.hasOccurrenceDateTimeType() ? time(i.getOccurrenceDateTimeType()) : "null"));
        } else if (resource instanceof MedicationRequest m && m.hasMedicationCodeableConcept()) {
            String boundsStart = m.hasDosageInstruction() && m.getDosageInstructionFirstRep().getTiming().getRepeat()
                    .hasBoundsPeriod() ? time(m.getDosageInstructionFirstRep().getTiming().getRepeat().getBoundsPeriod()
                    .getStartElement()) : "null";
            return codes(List.of(m.getMedicationCodeableConcept()), c -> String.join("|", m.getStatus().toCode(),
                    m.getIntent().toCode(), c, time(m.getAuthoredOnElement()), String.valueOf(m.getDoNotPerform()),
                    boundsStart));
        } else if (resource instanceof ServiceRequest s) {
            return codes(List.of(s.getCode()), c -> String.join("|", s.getStatus().toCode(), s.getIntent().toCode(), c,
                    time(s.getAuthoredOnElement()), String.valueOf(s.getDoNotPerform())));
        } else if (resource instanceof DeviceRequest d && d.hasCodeCodeableConcept()) {
            boolean doNotPerform = d.getModifierExtension().stream().anyMatch(x -> DO_NOT_PERFORM.contains(x.getUrl())
                    && "true".equals(x.getValue().primitiveValue()));
            return codes(List.of(d.getCodeCodeableConcept()), c -> String.join("|", d.hasStatus() ? d.getStatus().toCode()
                    : "null", d.getIntent().toCode(), c, time(d.getAuthoredOnElement()), String.valueOf(doNotPerform)));
        } else if (resource instanceof AllergyIntolerance a) {
            String onsetStart = a.hasOnsetDateTimeType() ? time(a.getOnsetDateTimeType())
                    : a.hasOnsetPeriod() ? time(a.getOnsetPeriod().getStartElement()) : "null";
            String onsetEnd = a.hasOnsetDateTimeType() ? time(a.getOnsetDateTimeType())
                    : a.hasOnsetPeriod() ? time(a.getOnsetPeriod().getEndElement()) : "null";
            return codes(List.of(a.getCode()), c -> String.join("|", first(a.getClinicalStatus()), c, onsetStart,
                    onsetEnd));
        } else if (resource instanceof AdverseEvent e) {
            return codes(List.of(e.getEvent()), c -> String.join("|", e.getActuality().toCode(), c,
                    time(e.getRecordedDateElement())));
        } else if (resource instanceof Coverage c) {
            return codes(List.of(c.getType()), code -> String.join("|", c.getStatus().toCode(), code,
                    date(c.getPeriod().getStartElement()), date(c.getPeriod().getEndElement())));
        }
        return null;
    }

    private static Set<String> stored(String type, String id) throws SQLException {
        String query = switch (type) {
            case "Patient" -> "SELECT CAST(birth_date AS VARCHAR) || '|' || coalesce(sex, 'null') FROM patient WHERE patient_id = ?";
            case "Encounter" -> "SELECT status || '|' || class_code || '|' || " + code() + " || '|' || " + t("start_time")
                    + " || '|' || " + t("end_time") + " FROM encounter WHERE encounter_id = ?";
            case "Condition" -> "SELECT " + code() + " || '|' || coalesce(clinical_status, 'null') || '|' || "
                    + "coalesce(verification_status, 'null') || '|' || coalesce(category, 'null') || '|' || " + t("onset_time")
                    + " || '|' || " + t("abatement_time") + " || '|' || coalesce(body_site_code, 'null')"
                    + " FROM condition WHERE condition_id = ?";
            case "Observation" -> "SELECT status || '|' || " + code() + " || '|' || coalesce(CAST(value_num AS VARCHAR), "
                    + "value_code, 'null') || '|' || " + t("effective_start") + " FROM observation WHERE observation_id = ?";
            case "Procedure" -> "SELECT status || '|' || " + code() + " || '|' || " + t("performed_start")
                    + " || '|' || coalesce(reason_code, 'null') FROM procedure WHERE procedure_id = ?";
            case "Immunization" -> "SELECT status || '|' || " + code() + " || '|' || " + t("occurrence_time")
                    + " FROM immunization WHERE immunization_id = ?";
            case "MedicationRequest" -> "SELECT status || '|' || intent || '|' || " + code() + " || '|' || " + t("authored_time")
                    + " || '|' || do_not_perform || '|' || " + t("bounds_start") + " FROM medication WHERE medication_id = ?";
            case "ServiceRequest", "DeviceRequest" -> "SELECT coalesce(status, 'null') || '|' || intent || '|' || " + code()
                    + " || '|' || " + t("authored_time") + " || '|' || do_not_perform FROM care_request WHERE request_id = ?";
            case "AllergyIntolerance" -> "SELECT coalesce(clinical_status, 'null') || '|' || " + code() + " || '|' || "
                    + t("onset_time") + " || '|' || " + t("onset_end") + " FROM allergy WHERE allergy_id = ?";
            case "AdverseEvent" -> "SELECT actuality || '|' || " + code() + " || '|' || " + t("recorded_time")
                    + " FROM adverse_event WHERE adverse_event_id = ?";
            case "Coverage" -> "SELECT status || '|' || " + code() + " || '|' || coalesce(CAST(start_date AS VARCHAR),"
                    + " 'null') || '|' || coalesce(CAST(end_date AS VARCHAR), 'null') FROM coverage WHERE coverage_id = ?";
            default -> throw new IllegalArgumentException(type);
        };
        Set<String> rows = new TreeSet<>();
        try (var statement = sql.prepareStatement(query)) {
            statement.setString(1, id);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.add(found.getString(1));
                }
            }
        }
        return rows;
    }

    private static String code() {
        return "coalesce(system || '#' || code, 'null')";
    }

    private static String t(String column) {
        return "coalesce(strftime(" + column + ", '%Y-%m-%d %H:%M:%S'), 'null')";
    }

    private static Set<String> codes(List<CodeableConcept> concepts, java.util.function.Function<String, String> row) {
        List<String> codings = concepts.stream().flatMap(c -> c.getCoding().stream())
                .map(c -> c.getSystem() + "#" + c.getCode()).collect(Collectors.toList());
        if (codings.isEmpty()) {
            codings.add("null");
        }
        return codings.stream().map(row).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String first(CodeableConcept concept) {
        return concept.hasCoding() ? concept.getCodingFirstRep().getCode() : "null";
    }

    /** A FHIR time as Stratum stores it: UTC; a date alone is the start of that day. */
    private static String time(BaseDateTimeType value) {
        if (value == null || value.isEmpty()) {
            return "null";
        }
        if (value.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
            return value.getValueAsString().length() == 4 ? value.getValueAsString() + "-01-01 00:00:00"
                    : value.getValueAsString().length() == 7 ? value.getValueAsString() + "-01 00:00:00"
                    : value.getValueAsString() + " 00:00:00";
        }
        return TIME.format(value.getValue().toInstant().atZone(ZoneOffset.UTC));
    }

    private static String date(BaseDateTimeType value) {
        String time = time(value);
        return time.equals("null") ? time : time.substring(0, 10);
    }

    private static String patientOf(Path folder) {
        return TestCaseFolders.patientIn(FILES.stream().filter(f -> f.getParent().equals(folder)).toList()).orElseThrow();
    }
}
