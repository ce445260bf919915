package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.record.CareRequestRecord;
import org.stratum.engine.generate.record.ConditionRecord;
import org.stratum.engine.generate.record.MedicationRecord;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.record.ProcedureRecord;
import org.stratum.engine.generate.truth.OutcomeModel;
import org.stratum.engine.generate.truth.TruthTally;

/** Everything a care program needs about one patient, and the helpers that add records. */
final class CareContext {
    final Person person;
    final Health health;
    final List<Visit> visits;
    final SyntheticPatient patient;
    final Rng rng;
    final Timeline timeline;
    final ClinicalCodes codes;
    final OutcomeModel model;
    final TruthTally tally;

    CareContext(Person person, Health health, List<Visit> visits, SyntheticPatient patient, Rng rng, Timeline timeline,
                ClinicalCodes codes, OutcomeModel model, TruthTally tally) {
        this.person = person;
        this.health = health;
        this.visits = visits;
        this.patient = patient;
        this.rng = rng;
        this.timeline = timeline;
        this.codes = codes;
        this.model = model;
        this.tally = tally;
    }

    int lastYear() {
        return timeline.lastYear();
    }

    int ageAtEnd() {
        return person.ageOn(timeline.end());
    }

    int ageAtEndOf(int year) {
        return person.ageOn(timeline.yearEnd(year));
    }

    List<Visit> visitsIn(int year) {
        return visits.stream().filter(v -> v.year() == year).toList();
    }

    List<Visit> inPersonVisitsIn(int year) {
        return visits.stream().filter(v -> v.year() == year && v.inPerson()).toList();
    }

    /** The visit a yearly screening happens at: the preventive visit if there is one, else the first. */
    Optional<Visit> screeningVisitIn(int year) {
        List<Visit> inPerson = inPersonVisitsIn(year);
        return inPerson.stream().filter(v -> v.kind() != Visit.Kind.OFFICE).findFirst()
                .or(() -> inPerson.stream().findFirst());
    }

    boolean hasVisitIn(int year) {
        return visits.stream().anyMatch(v -> v.year() == year);
    }

    Coding pick(List<Coding> codings) {
        return rng.pick(codings);
    }

    void condition(Coding code, LocalDate onset, String encounterId) {
        LocalDateTime at = onset.atTime(9, 0);
        patient.conditions.add(new ConditionRecord(patient.newId('c'), encounterId, "problem-list-item", "active",
                code, at, null, at));
    }

    void observation(ObservationRecord observation) {
        patient.observations.add(observation);
    }

    String newId(char kind) {
        return patient.newId(kind);
    }

    void procedure(Visit visit, Coding code) {
        procedure(visit.id(), code, visit.start().plusMinutes(10));
    }

    void procedure(String encounterId, Coding code, LocalDateTime at) {
        patient.procedures.add(new ProcedureRecord(patient.newId('p'), encounterId, "completed", code, at,
                at.plusMinutes(20), null));
    }

    void prescription(Visit visit, Coding medication, int daysSupply, int refills) {
        LocalDate start = visit.day();
        LocalDate end = start.plusDays((long) daysSupply * (refills + 1) - 1);
        patient.medications.add(new MedicationRecord(patient.newId('m'), visit.id(), "active", medication,
                visit.start().plusMinutes(15), start, end, daysSupply, refills));
    }

    void request(Visit visit, String kind, Coding code) {
        patient.requests.add(new CareRequestRecord(patient.newId('r'), visit.id(), kind, "active", code,
                visit.start().plusMinutes(15)));
    }
}
