package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.ImmunizationRecord;
import org.stratum.engine.generate.truth.OutcomeModel;

/**
 * The childhood schedule CMS117 checks by the second birthday (DTaP 4, IPV 3, MMR 1, Hib 4, HepB 3,
 * VZV 1, PCV 4, HepA 1, rotavirus 3, influenza 2) for children young enough to be vaccinated during
 * or shortly before the history. Children whose series is incomplete miss the last doses of one to
 * three vaccines.
 */
final class ChildImmunizations implements CareProgram {
    private record Dose(Coding vaccine, int ageInDays) {
    }

    @Override
    public void apply(CareContext c) {
        LocalDate birth = c.person.birthDate();
        if (birth.isBefore(c.timeline.start().minusYears(3))) {
            return;
        }
        ClinicalCodes k = c.codes;
        List<List<Dose>> series = new ArrayList<>(List.of(
                doses(k.dtap, 61, 122, 183, 456), doses(k.ipv, 61, 122, 200), doses(k.mmr, 366),
                doses(k.hib, 61, 122, 183, 380), doses(k.hepatitisB, 1, 45, 190), doses(k.varicella, 370),
                doses(k.pneumococcal, 61, 122, 183, 375), doses(k.hepatitisA, 400), doses(k.rotavirus, 61, 122, 183),
                doses(k.influenza, 200, 235)));
        if (!c.rng.chance(OutcomeModel.CHILD_IMMUNIZATIONS_COMPLETE)) {
            int missed = c.rng.between(1, 3);
            for (int i = 0; i < missed; i++) {
                int pick = c.rng.between(0, series.size() - 1);
                List<Dose> doses = series.get(pick);
                if (!doses.isEmpty()) {
                    series.set(pick, doses.subList(0, doses.size() - 1));
                }
            }
        }
        for (List<Dose> vaccine : series) {
            for (Dose dose : vaccine) {
                LocalDate day = birth.plusDays(dose.ageInDays() + c.rng.between(0, 14));
                if (day.isAfter(c.timeline.end()) || !c.person.aliveOn(day)) {
                    continue;
                }
                c.patient.immunizations.add(new ImmunizationRecord(c.newId('i'), null, "completed", dose.vaccine(),
                        c.rng.clinicTime(day)));
            }
        }
    }

    private static List<Dose> doses(Coding vaccine, int... ages) {
        List<Dose> doses = new ArrayList<>();
        for (int age : ages) {
            doses.add(new Dose(vaccine, age));
        }
        return doses;
    }
}
