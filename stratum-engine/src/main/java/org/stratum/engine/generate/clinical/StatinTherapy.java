package org.stratum.engine.generate.clinical;

import java.util.List;
import org.stratum.engine.generate.record.ObservationRecord;
import org.stratum.engine.generate.truth.OutcomeModel;

/**
 * Cardiovascular disease, LDL cholesterol and statins (CMS347): people with clinical ASCVD, LDL of
 * 190 or more, familial hypercholesterolemia or diabetes at 40–75 are candidates, and most of them
 * are prescribed a statin each year.
 */
final class StatinTherapy implements CareProgram {
    @Override
    public void apply(CareContext c) {
        Health h = c.health;
        if (h.ascvd()) {
            c.condition(c.pick(c.codes.ascvd), h.ascvdOnset(), null);
            if (c.rng.chance(0.2)) {
                c.procedure(null, c.codes.pci, h.ascvdOnset().plusDays(2).atTime(11, 0));
            }
        }
        if (h.familialHypercholesterolemia()) {
            c.condition(c.pick(c.codes.familialHypercholesterolemia), c.timeline.start().minusYears(5), null);
        }
        int age = c.ageAtEnd();
        boolean candidate = h.ascvd() || h.ldl() >= 190 || h.familialHypercholesterolemia()
                || (h.diabetes() && age >= 40 && age <= 75);
        boolean treated = candidate && c.rng.chance(OutcomeModel.STATIN_PRESCRIBED);
        var statin = c.pick(c.codes.statins);
        for (int year = c.timeline.firstYear(); year <= c.lastYear(); year++) {
            List<Visit> visits = c.inPersonVisitsIn(year);
            if (visits.isEmpty() || c.person.ageOn(visits.get(0).day()) < 20) {
                continue;
            }
            Visit visit = visits.get(0);
            if (c.person.ageOn(visit.day()) >= 40 || candidate) {
                double ldl = Math.max(35, h.ldl() * (treated ? 0.7 : 1.0) + c.rng.normal(0, 8));
                c.observation(ObservationRecord.quantity(c.newId('o'), visit.id(), "laboratory", c.codes.ldl,
                        Math.round(ldl), "mg/dL", visit.start().plusMinutes(30), null));
            }
            if (treated) {
                c.prescription(visit, statin, 90, 3);
            }
        }
    }
}
