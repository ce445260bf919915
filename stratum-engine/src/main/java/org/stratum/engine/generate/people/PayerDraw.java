package org.stratum.engine.generate.people;

import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.network.Area;

/**
 * Who pays for a patient's care. Age decides Medicare; below 65, neighbourhood deprivation and,
 * to a lesser degree, group (through income and employment) shift people from commercial
 * insurance to Medi-Cal and uninsured. This is what lets a payer-driven gap look like a racial one.
 */
final class PayerDraw {
    private PayerDraw() {
    }

    static Payer draw(Rng rng, PrimaryGroup group, int age, Area area) {
        if (age >= 65) {
            double p = rng.uniform(0, 1);
            return p < 0.80 ? Payer.MEDICARE : p < 0.95 ? Payer.MEDI_CAL : Payer.COMMERCIAL;
        }
        double mediCal = switch (area.deprivationQuintile()) {
            case 1, 2 -> 0.18;
            case 3 -> 0.32;
            case 4 -> 0.42;
            default -> 0.52;
        };
        double uninsured = age < 19 ? 0.04 : area.deprivationQuintile() >= 4 ? 0.14 : 0.08;
        if (group == PrimaryGroup.HISPANIC || group == PrimaryGroup.BLACK || group == PrimaryGroup.AIAN) {
            mediCal += 0.08;
            uninsured += age < 19 ? 0.01 : 0.04;
        }
        if (age < 19) {
            mediCal += 0.12;
        }
        double p = rng.uniform(0, 1);
        return p < mediCal ? Payer.MEDI_CAL : p < mediCal + uninsured ? Payer.UNINSURED : Payer.COMMERCIAL;
    }
}
