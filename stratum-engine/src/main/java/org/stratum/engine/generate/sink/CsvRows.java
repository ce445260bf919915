package org.stratum.engine.generate.sink;

import java.util.List;
import java.util.Map;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.clinical.SyntheticPatient;
import org.stratum.engine.generate.network.Area;
import org.stratum.engine.generate.network.CareNetwork;
import org.stratum.engine.generate.network.CareSite;
import org.stratum.engine.generate.network.Clinician;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.record.AttributionRecord;
import org.stratum.engine.generate.record.CareRequestRecord;
import org.stratum.engine.generate.record.ConditionRecord;
import org.stratum.engine.generate.record.CoverageRecord;
import org.stratum.engine.generate.record.EncounterRecord;
import org.stratum.engine.generate.record.ImmunizationRecord;
import org.stratum.engine.generate.record.MedicationRecord;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.record.ProcedureRecord;
import org.stratum.engine.generate.record.RaceEthnicityAnswer;
import org.stratum.engine.generate.record.SurveyAnswerRecord;

/** Maps generated records to rows of the Stratum CSV layout (see docs/data-model.md). */
final class CsvRows {
    private CsvRows() {
    }

    static List<CsvTable> network(CareNetwork network) {
        CsvTable areas = new CsvTable("area");
        for (Area area : network.areas()) {
            areas.set("zip", area.zip()).set("name", area.name()).set("county", area.county())
                    .set("deprivation_quintile", area.deprivationQuintile()).endRow();
        }
        CsvTable sites = new CsvTable("care_site");
        for (CareSite site : network.sites()) {
            sites.set("site_id", site.id()).set("name", site.name()).set("city", site.city()).set("zip", site.zip())
                    .set("interpreter_services", site.interpreterServices().code()).endRow();
        }
        CsvTable clinicians = new CsvTable("clinician");
        for (Clinician clinician : network.clinicians()) {
            clinicians.set("clinician_id", clinician.id()).set("name", clinician.displayName())
                    .set("site_id", clinician.siteId()).set("role", clinician.role())
                    .set("languages", String.join(";", clinician.languages())).endRow();
        }
        return List.of(areas, sites, clinicians);
    }

    static void patient(SyntheticPatient patient, Map<String, CsvTable> tables) {
        Person p = patient.person();
        String id = p.id();
        tables.get("patient").set("patient_id", id).set("family_name", p.familyName()).set("given_name", p.givenName())
                .set("birth_date", p.birthDate()).set("death_date", p.deathDate())
                .set("sex", p.female() ? "female" : "male").set("birth_sex", p.birthSex())
                .set("gender_identity", p.genderIdentity()).set("sexual_orientation", p.sexualOrientation())
                .set("preferred_language", p.recordedLanguage()).set("language_response", p.languageResponse())
                .set("language_reporting_source", p.languageSource()).set("interpreter_needed", p.interpreterNeeded())
                .set("zip", p.area().zip()).set("census_tract", p.censusTract()).endRow();
        CsvTable real = tables.get("patient_race_ethnicity");
        for (RaceEthnicityAnswer a : p.raceEthnicity()) {
            real.set("patient_id", id).set("question", a.question()).set("response", a.response().code());
            code(real, a.code()).set("omb_category", a.category() == null ? null : a.category().key())
                    .set("detailed", a.detailed()).set("write_in", a.writeIn())
                    .set("reporting_source", a.source() == null ? null : a.source().code())
                    .set("recorded_on", a.recordedOn()).set("collected_via", a.collectedVia()).endRow();
        }
        for (AttributionRecord a : patient.attributions()) {
            tables.get("attribution").set("patient_id", id).set("site_id", a.siteId()).set("clinician_id", a.clinicianId())
                    .set("start_date", a.start()).set("end_date", a.end()).endRow();
        }
        for (CoverageRecord c : patient.coverages()) {
            CsvTable t = tables.get("coverage").set("coverage_id", c.id()).set("patient_id", id)
                    .set("payer_type", c.payer().code()).set("payer_name", c.payer().label()).set("status", "active")
                    .set("start_date", c.start()).set("end_date", c.end());
            code(t, c.payer().sourceOfPayment()).endRow();
        }
        for (EncounterRecord e : patient.encounters()) {
            CsvTable t = tables.get("encounter").set("encounter_id", e.id()).set("patient_id", id).set("status", e.status())
                    .set("class_code", e.classCode()).set("start_time", e.start()).set("end_time", e.end())
                    .set("site_id", e.siteId()).set("clinician_id", e.clinicianId());
            code(t, e.type()).endRow();
        }
        for (ConditionRecord c : patient.conditions()) {
            CsvTable t = tables.get("condition").set("condition_id", c.id()).set("patient_id", id)
                    .set("encounter_id", c.encounterId()).set("category", c.category())
                    .set("clinical_status", c.clinicalStatus()).set("verification_status", "confirmed")
                    .set("onset_time", c.onset()).set("abatement_time", c.abatement()).set("recorded_time", c.recorded());
            code(t, c.code()).endRow();
        }
        for (ObservationRecord o : patient.observations()) {
            observation(tables.get("observation"), id, o);
        }
        for (ProcedureRecord r : patient.procedures()) {
            CsvTable t = tables.get("procedure").set("procedure_id", r.id()).set("patient_id", id)
                    .set("encounter_id", r.encounterId()).set("status", r.status())
                    .set("performed_start", r.start()).set("performed_end", r.end());
            code(t, r.code()).endRow();
        }
        for (ImmunizationRecord i : patient.immunizations()) {
            CsvTable t = tables.get("immunization").set("immunization_id", i.id()).set("patient_id", id)
                    .set("encounter_id", i.encounterId()).set("status", i.status()).set("occurrence_time", i.occurrence());
            code(t, i.vaccine()).endRow();
        }
        for (MedicationRecord m : patient.medications()) {
            CsvTable t = tables.get("medication").set("medication_id", m.id()).set("patient_id", id)
                    .set("encounter_id", m.encounterId()).set("kind", "request").set("status", m.status())
                    .set("intent", "order").set("do_not_perform", false).set("authored_time", m.authored())
                    .set("start_time", m.start().atStartOfDay()).set("end_time", m.end().atTime(23, 59, 59))
                    .set("days_supply", m.daysSupply()).set("refills", m.refills());
            code(t, m.medication()).endRow();
        }
        for (CareRequestRecord r : patient.requests()) {
            CsvTable t = tables.get("care_request").set("request_id", r.id()).set("patient_id", id)
                    .set("encounter_id", r.encounterId()).set("kind", r.kind()).set("status", r.status())
                    .set("intent", "order").set("do_not_perform", false).set("authored_time", r.authored());
            code(t, r.code()).endRow();
        }
        for (SurveyAnswerRecord s : patient.surveyAnswers()) {
            tables.get("survey_response").set("response_id", s.id()).set("patient_id", id).set("site_id", s.siteId())
                    .set("clinician_id", s.clinicianId()).set("instrument", s.instrument()).set("item", s.item())
                    .set("answer_value", s.value()).set("answer_max", s.max()).set("answer_text", s.text())
                    .set("answered_on", s.answeredOn()).set("language", s.language()).set("mode", s.mode()).endRow();
        }
    }

    /** A panel is one row, and each of its components one more row pointing back at it. */
    private static void observation(CsvTable t, String patientId, ObservationRecord o) {
        t.set("observation_id", o.id()).set("patient_id", patientId).set("encounter_id", o.encounterId())
                .set("status", o.status()).set("category", o.category()).set("value_num", o.valueNumber())
                .set("value_unit", o.valueUnit()).set("effective_start", o.effective()).set("issued", o.effective());
        if (o.valueCode() != null) {
            t.set("value_system", o.valueCode().system()).set("value_code", o.valueCode().code())
                    .set("value_text", o.valueCode().display());
        }
        code(t, o.code()).endRow();
        int part = 0;
        for (ObservationRecord.Component component : o.components()) {
            t.set("observation_id", o.id() + "." + (++part)).set("patient_id", patientId)
                    .set("encounter_id", o.encounterId()).set("panel_id", o.id()).set("status", o.status())
                    .set("category", o.category()).set("value_num", component.value()).set("value_unit", component.unit())
                    .set("effective_start", o.effective()).set("issued", o.effective());
            code(t, component.code()).endRow();
        }
    }

    private static CsvTable code(CsvTable table, Coding coding) {
        if (coding == null) {
            return table;
        }
        return table.set("system", coding.system()).set("code", coding.code()).set("display", coding.display());
    }
}
