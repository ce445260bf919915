package org.stratum.engine.generate.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.network.Area;
import org.stratum.engine.generate.network.CareNetwork;
import org.stratum.engine.generate.network.CareSite;
import org.stratum.engine.generate.network.Clinician;

/**
 * Draws a synthetic patient's demographics: site and neighbourhood, age and sex, group and
 * origins, names, language and interpreter need, payer, and how their REAL data was recorded.
 */
public final class PersonFactory {
    /** Age at the end of the history: a primary-care panel, children to the very old. */
    private static final int[][] AGE_BANDS = {{0, 1}, {2, 11}, {12, 17}, {18, 24}, {25, 34}, {35, 44}, {45, 54},
            {55, 64}, {65, 74}, {75, 84}, {85, 95}};
    private static final double[] AGE_WEIGHTS = {3, 12, 8, 7, 12, 12, 13, 14, 11, 6, 2};

    /** Second race of Hispanic people answering the combined question: most give none. */
    private static final List<PrimaryGroup> HISPANIC_SECOND = List.of(PrimaryGroup.WHITE, PrimaryGroup.AIAN,
            PrimaryGroup.BLACK, PrimaryGroup.ASIAN);
    private static final double[] HISPANIC_SECOND_WEIGHTS = {32, 5, 1.5, 2};

    /** The two groups of non-Hispanic multiracial people. */
    private static final PrimaryGroup[][] MULTIRACIAL = {
            {PrimaryGroup.WHITE, PrimaryGroup.ASIAN}, {PrimaryGroup.WHITE, PrimaryGroup.BLACK},
            {PrimaryGroup.WHITE, PrimaryGroup.AIAN}, {PrimaryGroup.BLACK, PrimaryGroup.AIAN},
            {PrimaryGroup.ASIAN, PrimaryGroup.NHPI}, {PrimaryGroup.WHITE, PrimaryGroup.MENA}};
    private static final double[] MULTIRACIAL_WEIGHTS = {32, 28, 22, 6, 7, 5};

    private final CareNetwork network;
    private final OriginCatalogue origins;
    private final NameBank names;
    private final Timeline timeline;
    private final RealRecorder realRecorder;
    private final double[] siteWeights;

    public PersonFactory(CareNetwork network, OriginCatalogue origins, NameBank names, Timeline timeline) {
        this.network = network;
        this.origins = origins;
        this.names = names;
        this.timeline = timeline;
        this.realRecorder = new RealRecorder(timeline);
        this.siteWeights = network.sites().stream().mapToDouble(CareSite::patientShare).toArray();
    }

    public Person create(long index, Rng rng) {
        String id = rng.uuid().toString();
        CareSite site = network.sites().get(rng.weighted(siteWeights));
        Area area = rng.pick(site.areas());
        List<Clinician> clinicians = network.cliniciansAt(site.id());
        Clinician pcp = rng.pick(clinicians);
        boolean female = rng.chance(0.53);
        int[] band = AGE_BANDS[rng.weighted(AGE_WEIGHTS)];
        int age = rng.between(band[0], band[1]);
        LocalDate birthDate = timeline.end().minusYears(age).minusDays(rng.between(0, 364));
        PrimaryGroup group = PrimaryGroup.values()[rng.weighted(site.groupMix())];
        List<Origin> originList = originsOf(rng, group, site.id());
        Origin main = originList.get(0);
        String family = names.family(rng, main.namePool());
        String given = names.given(rng, main.namePool(), female);
        String language = preferredLanguage(rng, main, age);
        boolean needsInterpreter = !language.equals("en") && rng.chance(age < 12 ? 0.5 : 0.85);
        LocalDate firstSeen = firstSeen(rng, birthDate);
        LocalDate deathDate = deathDate(rng, age);
        double quality = timeline.fraction(firstSeen);
        boolean observed = rng.chance(site.realCollection().observed(quality));
        String languageResponse = rng.chance(0.04) ? "unknown" : rng.chance(0.01) ? "declined" : "answered";
        String interpreterNeeded = needsInterpreter ? (rng.chance(0.9) ? "yes" : "unknown")
                : (rng.chance(0.95) ? "no" : "unknown");
        SexualAndGenderIdentity identity = SexualAndGenderIdentity.draw(rng, female, age);
        return new Person(index, id, "MRN" + (1_000_000 + index), site, area, censusTract(rng, area), pcp, identity.female(),
                birthDate, deathDate, family, given, group, originList, language, needsInterpreter,
                languageResponse.equals("answered") ? language : null, languageResponse,
                observed ? "staff-observed" : "self-reported", interpreterNeeded, identity.birthSex(),
                identity.genderIdentity(), identity.sexualOrientation(), PayerDraw.draw(rng, group, age, area),
                firstSeen, realRecorder.record(rng, site, group, originList, firstSeen));
    }

    private List<Origin> originsOf(Rng rng, PrimaryGroup group, String siteId) {
        List<Origin> list = new ArrayList<>();
        if (group == PrimaryGroup.MULTIRACIAL) {
            PrimaryGroup[] pair = MULTIRACIAL[rng.weighted(MULTIRACIAL_WEIGHTS)];
            list.add(origins.draw(rng, pair[0], siteId));
            list.add(origins.minimum(pair[1]));
            return list;
        }
        list.add(origins.draw(rng, group, siteId));
        if (group == PrimaryGroup.HISPANIC && rng.chance(0.42)) {
            list.add(origins.minimum(HISPANIC_SECOND.get(rng.weighted(HISPANIC_SECOND_WEIGHTS))));
        }
        return list;
    }

    /** Older people keep their first language more often; children's forms carry the family's. */
    private static String preferredLanguage(Rng rng, Origin origin, int age) {
        if (origin.language().isEmpty()) {
            return "en";
        }
        double share = origin.languageShare() * (age >= 65 ? 1.4 : age < 18 ? 0.6 : 1.0);
        if (!rng.chance(Math.min(0.9, share))) {
            return "en";
        }
        String language = origin.language().get();
        if (language.equals("zh")) {
            double pick = rng.uniform(0, 1);
            return pick < 0.45 ? "yue" : pick < 0.8 ? "cmn" : "zh";
        }
        return language;
    }

    /**
     * Every patient has been with the network since before the history starts (so each has the full
     * history), except children born during it, whose history starts at birth.
     */
    private LocalDate firstSeen(Rng rng, LocalDate birthDate) {
        LocalDate seen = timeline.start().minusDays(rng.between(30, 3650));
        return seen.isBefore(birthDate) ? birthDate.plusDays(rng.between(3, 14)) : seen;
    }

    private LocalDate deathDate(Rng rng, int age) {
        double yearly = age >= 85 ? 0.08 : age >= 75 ? 0.03 : age >= 65 ? 0.012 : age >= 45 ? 0.003 : 0.0005;
        int years = timeline.lastYear() - timeline.firstYear() + 1;
        return rng.chance(yearly * years) ? rng.dateBetween(timeline.start().plusMonths(3), timeline.end()) : null;
    }

    /** An 11-digit census tract GEOID in the area's county (state 06, California). */
    private static String censusTract(Rng rng, Area area) {
        return "06" + area.countyFips() + String.format("%04d", rng.between(1, 9999)) + String.format("%02d", rng.between(0, 4));
    }
}
