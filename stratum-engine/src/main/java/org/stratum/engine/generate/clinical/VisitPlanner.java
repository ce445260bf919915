package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.network.Clinician;
import org.stratum.engine.generate.people.Payer;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.record.EncounterRecord;

/**
 * Plans each year's visits: the well-child schedule for infants, yearly well visits for children,
 * preventive and problem visits for adults (more with more chronic conditions), some by telephone.
 * Patients see their own clinician most of the time, always at their own site.
 */
final class VisitPlanner {
    private static final int[] WELL_CHILD_MONTHS = {1, 2, 4, 6, 9, 12, 15, 18, 24, 30, 36};

    private final Timeline timeline;
    private final ClinicalCodes codes;
    private final List<Clinician> allClinicians;

    VisitPlanner(Timeline timeline, ClinicalCodes codes, List<Clinician> allClinicians) {
        this.timeline = timeline;
        this.codes = codes;
        this.allClinicians = allClinicians;
    }

    List<Visit> plan(Person person, Health health, Rng rng, SyntheticPatient patient) {
        List<Visit> visits = new ArrayList<>();
        List<Clinician> colleagues = allClinicians.stream().filter(c -> c.siteId().equals(person.site().id())).toList();
        for (int year = timeline.firstYear(); year <= timeline.lastYear(); year++) {
            LocalDate from = later(timeline.yearStart(year), person.firstSeen());
            LocalDate to = person.deathDate() != null && person.deathDate().isBefore(timeline.yearEnd(year))
                    ? person.deathDate() : timeline.yearEnd(year);
            if (from.isAfter(to)) {
                continue;
            }
            int age = person.ageOn(from);
            List<Visit.Kind> kinds = new ArrayList<>();
            if (age < 4) {
                for (int month : WELL_CHILD_MONTHS) {
                    LocalDate due = person.birthDate().plusMonths(month);
                    if (!due.isBefore(from) && !due.isAfter(to)) {
                        LocalDate day = due.plusDays(rng.between(0, 10));
                        visits.add(visit(person, rng, colleagues, Visit.Kind.WELL_CHILD, day.isAfter(to) ? due : day));
                    }
                }
            } else if (age < 18) {
                addIf(kinds, rng.chance(0.72), Visit.Kind.WELL_CHILD);
                addTimes(kinds, rng.poisson(0.7), Visit.Kind.OFFICE);
            } else {
                int chronic = health.chronicConditions();
                addIf(kinds, rng.chance(0.55), Visit.Kind.PREVENTIVE);
                addTimes(kinds, rng.poisson(0.8 + chronic), Visit.Kind.OFFICE);
                addTimes(kinds, rng.poisson(0.25), Visit.Kind.TELEPHONE);
                boolean inPerson = kinds.stream().anyMatch(k -> k != Visit.Kind.TELEPHONE);
                if (!inPerson && (chronic > 0 || rng.chance(0.5))) {
                    kinds.add(Visit.Kind.OFFICE);
                }
            }
            for (Visit.Kind kind : kinds) {
                visits.add(visit(person, rng, colleagues, kind, rng.dateBetween(from, to)));
            }
        }
        visits.sort(Comparator.comparing(Visit::start));
        visits.replaceAll(v -> v.withId(patient.newId('e')));
        for (Visit visit : visits) {
            patient.encounters.add(encounter(person, visit));
        }
        return visits;
    }

    private Visit visit(Person person, Rng rng, List<Clinician> colleagues, Visit.Kind kind, LocalDate day) {
        Clinician clinician = rng.chance(0.8) ? person.primaryClinician() : rng.pick(colleagues);
        LocalDateTime start = rng.clinicTime(day);
        int minutes = kind == Visit.Kind.TELEPHONE ? 10 : kind == Visit.Kind.OFFICE ? 20 : 40;
        return new Visit(null, kind, start, start.plusMinutes(minutes), person.site().id(), clinician.id());
    }

    private EncounterRecord encounter(Person person, Visit visit) {
        Coding type = switch (visit.kind()) {
            case OFFICE -> person.ageOn(visit.day()) < 18 ? codes.pediatricVisit : codes.officeVisit;
            case WELL_CHILD -> codes.pediatricVisit;
            case TELEPHONE -> codes.telephoneVisit;
            case PREVENTIVE -> person.payer() == Payer.MEDICARE && person.ageOn(visit.day()) >= 65
                    ? codes.medicareWellnessVisit : codes.preventiveVisit;
        };
        String classCode = visit.kind() == Visit.Kind.TELEPHONE ? "VR" : "AMB";
        return new EncounterRecord(visit.id(), "finished", classCode, type, visit.start(), visit.end(), visit.siteId(),
                visit.clinicianId(), null);
    }

    private static void addIf(List<Visit.Kind> kinds, boolean condition, Visit.Kind kind) {
        if (condition) {
            kinds.add(kind);
        }
    }

    private static void addTimes(List<Visit.Kind> kinds, int times, Visit.Kind kind) {
        for (int i = 0; i < times; i++) {
            kinds.add(kind);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
