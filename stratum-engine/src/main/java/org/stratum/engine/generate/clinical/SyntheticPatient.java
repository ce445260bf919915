package org.stratum.engine.generate.clinical;

import java.util.ArrayList;
import java.util.List;
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
import org.stratum.engine.generate.record.SurveyAnswerRecord;

/**
 * One synthetic patient with their whole record, as the care programs built it and the output
 * sinks write it. Record ids are the patient's id plus a kind letter and a counter, so they are
 * unique and stable for a seed.
 */
public final class SyntheticPatient {
    private final Person person;
    private int nextId;
    final List<AttributionRecord> attributions = new ArrayList<>();
    final List<CoverageRecord> coverages = new ArrayList<>();
    final List<EncounterRecord> encounters = new ArrayList<>();
    final List<ConditionRecord> conditions = new ArrayList<>();
    final List<ObservationRecord> observations = new ArrayList<>();
    final List<ProcedureRecord> procedures = new ArrayList<>();
    final List<ImmunizationRecord> immunizations = new ArrayList<>();
    final List<MedicationRecord> medications = new ArrayList<>();
    final List<CareRequestRecord> requests = new ArrayList<>();
    final List<SurveyAnswerRecord> surveyAnswers = new ArrayList<>();

    SyntheticPatient(Person person) {
        this.person = person;
    }

    String newId(char kind) {
        return person.id() + "-" + kind + (++nextId);
    }

    public Person person() {
        return person;
    }

    public List<AttributionRecord> attributions() {
        return attributions;
    }

    public List<CoverageRecord> coverages() {
        return coverages;
    }

    public List<EncounterRecord> encounters() {
        return encounters;
    }

    public List<ConditionRecord> conditions() {
        return conditions;
    }

    public List<ObservationRecord> observations() {
        return observations;
    }

    public List<ProcedureRecord> procedures() {
        return procedures;
    }

    public List<ImmunizationRecord> immunizations() {
        return immunizations;
    }

    public List<MedicationRecord> medications() {
        return medications;
    }

    public List<CareRequestRecord> requests() {
        return requests;
    }

    public List<SurveyAnswerRecord> surveyAnswers() {
        return surveyAnswers;
    }

    /** All clinical records, for counting. */
    public int recordCount() {
        return attributions.size() + coverages.size() + encounters.size() + conditions.size() + observations.size()
                + procedures.size() + immunizations.size() + medications.size() + requests.size() + surveyAnswers.size();
    }
}
