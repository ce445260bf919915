package org.stratum.engine.generate.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.clinical.SyntheticPatient;
import org.stratum.engine.generate.network.CareNetwork;
import org.stratum.engine.generate.network.CareSite;
import org.stratum.engine.generate.network.Clinician;
import org.stratum.engine.generate.record.SurveyAnswerRecord;

/**
 * Writes the population as FHIR R4 bulk-data NDJSON, one file per resource type, plus the
 * neighbourhood table as {@code area.csv} (FHIR has no resource for a deprivation quintile).
 */
public final class FhirNdjsonSink extends FolderSink {
    public FhirNdjsonSink(Path folder) throws IOException {
        super(folder);
    }

    @Override
    public void writeNetwork(CareNetwork network) throws IOException {
        CsvTable areas = CsvRows.network(network).get(0);
        files.append(areas.fileName(), areas.header(), 0);
        files.append(areas.fileName(), areas.toBytes(), areas.rows());
        Resources out = new Resources();
        for (CareSite site : network.sites()) {
            FhirJson f = out.of("Organization");
            JsonGenerator json = f.json();
            f.begin("Organization", site.id());
            json.writeBooleanField("active", true);
            f.codeableConceptArray("type", new Coding(
                    "http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"));
            f.string("name", site.name());
            json.writeArrayFieldStart("address");
            json.writeStartObject();
            json.writeStringField("city", site.city());
            json.writeStringField("state", "CA");
            json.writeStringField("postalCode", site.zip());
            json.writeEndObject();
            json.writeEndArray();
            f.end();
        }
        for (Clinician clinician : network.clinicians()) {
            FhirJson f = out.of("Practitioner");
            JsonGenerator json = f.json();
            f.begin("Practitioner", clinician.id());
            json.writeArrayFieldStart("name");
            json.writeStartObject();
            json.writeStringField("family", clinician.familyName());
            json.writeArrayFieldStart("given");
            json.writeString(clinician.givenName());
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            f.end();
            FhirJson role = out.of("PractitionerRole");
            role.begin("PractitionerRole", clinician.id() + "-role")
                    .reference("practitioner", "Practitioner", clinician.id())
                    .reference("organization", "Organization", clinician.siteId());
            role.end();
        }
        append(out.toBlock());
    }

    @Override
    public BlockOutput serialize(List<SyntheticPatient> patients) {
        Resources out = new Resources();
        try {
            for (SyntheticPatient patient : patients) {
                String id = patient.person().id();
                FhirPatientResource.write(out.of("Patient"), patient.person());
                for (var c : patient.coverages()) {
                    FhirClinicalResources.coverage(out.of("Coverage"), id, c);
                }
                for (var e : patient.encounters()) {
                    FhirClinicalResources.encounter(out.of("Encounter"), id, e);
                }
                for (var c : patient.conditions()) {
                    FhirClinicalResources.condition(out.of("Condition"), id, c);
                }
                for (var o : patient.observations()) {
                    FhirClinicalResources.observation(out.of("Observation"), id, o);
                }
                for (var p : patient.procedures()) {
                    FhirClinicalResources.procedure(out.of("Procedure"), id, p);
                }
                for (var i : patient.immunizations()) {
                    FhirClinicalResources.immunization(out.of("Immunization"), id, i);
                }
                for (var m : patient.medications()) {
                    FhirClinicalResources.medicationRequest(out.of("MedicationRequest"), id, m);
                }
                for (var r : patient.requests()) {
                    FhirClinicalResources.request(out.of(r.kind().equals("device") ? "DeviceRequest" : "ServiceRequest"), id, r);
                }
                for (List<SurveyAnswerRecord> survey : surveys(patient.surveyAnswers())) {
                    FhirClinicalResources.survey(out.of("QuestionnaireResponse"), id, survey);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toBlock();
    }

    private static List<List<SurveyAnswerRecord>> surveys(List<SurveyAnswerRecord> answers) {
        List<List<SurveyAnswerRecord>> surveys = new ArrayList<>();
        for (SurveyAnswerRecord answer : answers) {
            List<SurveyAnswerRecord> last = surveys.isEmpty() ? null : surveys.get(surveys.size() - 1);
            if (last != null && last.get(0).answeredOn().equals(answer.answeredOn())
                    && last.get(0).encounterId().equals(answer.encounterId())) {
                last.add(answer);
            } else {
                surveys.add(new ArrayList<>(List.of(answer)));
            }
        }
        return surveys;
    }

    /** One buffer per resource type for the block being written. */
    private static final class Resources {
        private final Map<String, FhirJson> byType = new LinkedHashMap<>();
        private final Function<String, FhirJson> create = type -> new FhirJson();

        FhirJson of(String resourceType) {
            return byType.computeIfAbsent(resourceType, create);
        }

        BlockOutput toBlock() {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            Map<String, Long> records = new LinkedHashMap<>();
            byType.forEach((type, json) -> {
                bytes.put(type + ".ndjson", json.toBytes());
                records.put(type + ".ndjson", json.resources());
            });
            return new BlockOutput(bytes, records);
        }
    }
}
