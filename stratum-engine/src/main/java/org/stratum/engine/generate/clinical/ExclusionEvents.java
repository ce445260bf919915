package org.stratum.engine.generate.clinical;

import java.time.LocalDate;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.record.CareRequestRecord;
import org.stratum.engine.generate.record.EncounterRecord;
import org.stratum.engine.generate.record.MedicationRecord;

/**
 * The records behind the measures' exclusions: hospice and palliative care, frailty with advanced
 * illness, end-stage renal disease with dialysis, and pregnancy.
 */
final class ExclusionEvents implements CareProgram {
    @Override
    public void apply(CareContext c) {
        Health h = c.health;
        if (h.hospiceStart() != null) {
            String id = encounter(c, c.codes.hospiceEncounter, h.hospiceStart(), "HH");
            c.condition(c.pick(c.codes.hospiceDiagnosis), h.hospiceStart(), id);
        }
        if (h.palliativeStart() != null) {
            String id = encounter(c, c.codes.palliativeEncounter, h.palliativeStart(), "AMB");
            c.condition(c.pick(c.codes.palliativeDiagnosis), h.palliativeStart(), id);
            c.procedure(id, c.codes.palliativeCare, h.palliativeStart().atTime(14, 30));
        }
        if (h.frailtyOnset() != null) {
            String id = encounter(c, c.codes.frailtyEncounter, h.frailtyOnset(), "HH");
            c.condition(c.pick(c.codes.frailtyDiagnosis), h.frailtyOnset(), id);
            c.condition(c.pick(c.codes.advancedIllness), h.frailtyOnset().minusMonths(6), null);
            c.patient.requests.add(new CareRequestRecord(c.newId('r'), id, "device",
                    "active", c.codes.frailtyDevice, h.frailtyOnset().atTime(15, 0)));
            if (c.rng.chance(0.3)) {
                c.patient.medications.add(new MedicationRecord(c.newId('m'), id,
                        "active", c.codes.dementiaMedication, h.frailtyOnset().atTime(15, 10), h.frailtyOnset(),
                        h.frailtyOnset().plusDays(179), 90, 1));
            }
        }
        if (h.endStageRenalOnset() != null) {
            c.condition(c.pick(c.codes.endStageRenalDisease), h.endStageRenalOnset(), null);
            c.procedure(null, c.codes.dialysis, h.endStageRenalOnset().plusDays(14).atTime(7, 0));
        }
        if (h.pregnancyStart() != null) {
            c.condition(c.pick(c.codes.pregnancy), h.pregnancyStart(), null);
        }
    }

    private static String encounter(CareContext c, Coding type, LocalDate day,
                                    String classCode) {
        String id = c.newId('e');
        var start = day.atTime(13, 0);
        c.patient.encounters.add(new EncounterRecord(id, "finished", classCode, type, start, start.plusMinutes(45),
                c.person.site().id(), c.person.primaryClinician().id(), null));
        return id;
    }
}
