package org.stratum.engine.generate.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.stratum.engine.generate.network.Area;
import org.stratum.engine.generate.network.CareSite;
import org.stratum.engine.generate.network.Clinician;
import org.stratum.engine.generate.record.RaceEthnicityAnswer;

/**
 * A synthetic patient's demographics: who they are (group, origins, language, payer) and what the
 * record says about them (REAL answers, which may be missing, declined or observed by staff).
 *
 * @param origins            the origins they identify with, the first being the main one
 * @param preferredLanguage  BCP-47 code of the language they prefer, "en" for English
 * @param needsInterpreter   whether they need an interpreter, whatever the record says
 * @param recordedLanguage   the preferred language as recorded, null when unknown or declined
 * @param firstSeen          the day their history with the network starts
 */
public record Person(
        long index, String id, String mrn, CareSite site, Area area, String censusTract, Clinician primaryClinician,
        boolean female, LocalDate birthDate, LocalDate deathDate, String familyName, String givenName,
        PrimaryGroup group, List<Origin> origins, String preferredLanguage, boolean needsInterpreter,
        String recordedLanguage, String languageResponse, String languageSource, String interpreterNeeded,
        String birthSex, String genderIdentity, String sexualOrientation, Payer payer, LocalDate firstSeen,
        List<RaceEthnicityAnswer> raceEthnicity) {

    public Person {
        origins = List.copyOf(origins);
        raceEthnicity = List.copyOf(raceEthnicity);
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean aliveOn(LocalDate date) {
        return deathDate == null || !date.isAfter(deathDate);
    }

    public boolean speaksSpanish() {
        return "es".equals(preferredLanguage);
    }
}
