package org.stratum.engine.generate.people;

import org.stratum.engine.generate.Rng;

/**
 * Birth sex, gender identity and sexual orientation as a clinic records them: asked of adults
 * only, not always asked, sometimes declined. Codes are those US Core 7 uses: SNOMED CT, or the
 * null flavours OTH (something else) and ASKU (asked, declined). Null means never asked.
 *
 * @param female administrative sex, which follows gender identity for transgender people
 */
record SexualAndGenderIdentity(boolean female, String birthSex, String genderIdentity, String sexualOrientation) {
    private static final String IDENTIFIES_FEMALE = "446141000124107";
    private static final String IDENTIFIES_MALE = "446151000124109";
    private static final String NONBINARY = "33791000087105";

    static SexualAndGenderIdentity draw(Rng rng, boolean bornFemale, int age) {
        String birthSex = bornFemale ? "F" : "M";
        if (age < 18 || !rng.chance(0.6)) {
            return new SexualAndGenderIdentity(bornFemale, birthSex, null, null);
        }
        double g = rng.uniform(0, 1);
        boolean transgender = g >= 0.985 && g < 0.992;
        String identity = g < 0.985 ? (bornFemale ? IDENTIFIES_FEMALE : IDENTIFIES_MALE)
                : transgender ? (bornFemale ? IDENTIFIES_MALE : IDENTIFIES_FEMALE)
                : g < 0.995 ? NONBINARY : "ASKU";
        double o = rng.uniform(0, 1);
        String orientation = o < 0.89 ? "20430005" : o < 0.93 ? "38628009" : o < 0.975 ? "42035005"
                : o < 0.985 ? "OTH" : "ASKU";
        return new SexualAndGenderIdentity(transgender != bornFemale, birthSex, identity, orientation);
    }
}
