package org.stratum.engine.generate.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stratum.engine.generate.Rng;
import org.stratum.engine.generate.people.NameBank;

/**
 * The synthetic network: eight primary-care sites across California, the ZIP code areas they
 * serve and their clinicians. The network is the same for every seed; only patients vary.
 * Group mixes were fitted (iterative proportional fitting) so the whole network matches
 * California's composition: Hispanic or Latino 39.5%, White 33.5%, Asian 15%, Black 5.8%, AIAN
 * 0.8%, NHPI 0.5%, MENA 2%, multiracial 2.9%.
 */
public final class CareNetwork {
    public static final String ORGANISATION = "Golden State Community Health Network";

    private final List<CareSite> sites;
    private final List<Clinician> clinicians;

    private CareNetwork(List<CareSite> sites, List<Clinician> clinicians) {
        this.sites = List.copyOf(sites);
        this.clinicians = List.copyOf(clinicians);
    }

    public List<CareSite> sites() {
        return sites;
    }

    public List<Clinician> clinicians() {
        return clinicians;
    }

    public List<Clinician> cliniciansAt(String siteId) {
        return clinicians.stream().filter(c -> c.siteId().equals(siteId)).toList();
    }

    public List<Area> areas() {
        return sites.stream().flatMap(s -> s.areas().stream()).toList();
    }

    public CareSite site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No site " + id));
    }

    public static CareNetwork california(NameBank names) {
        List<CareSite> sites = List.of(
                new CareSite("fruitvale", "Fruitvale Family Health Center", "Oakland", "94601", 0.16, List.of(
                        new Area("94601", "Fruitvale", "Alameda", "001", 5), new Area("94606", "San Antonio", "Alameda", "001", 4),
                        new Area("94621", "East Oakland", "Alameda", "001", 5), new Area("94619", "Maxwell Park", "Alameda", "001", 3)),
                        mix(.546, .154, .145, .101, .007, .005, .011, .029), InterpreterServices.IN_PERSON,
                        new RealCollection(.06, .03, .03, .02, .05, .02, 2025)),
                new CareSite("harbor", "Harbor View Medical Group", "Los Angeles", "90731", 0.14, List.of(
                        new Area("90731", "San Pedro", "Los Angeles", "037", 4), new Area("90732", "San Pedro Hills", "Los Angeles", "037", 1),
                        new Area("90744", "Wilmington", "Los Angeles", "037", 5), new Area("90710", "Harbor City", "Los Angeles", "037", 3)),
                        mix(.424, .420, .066, .033, .007, .011, .011, .028), InterpreterServices.NONE,
                        new RealCollection(.18, .12, .04, .03, .25, .20, 0)),
                new CareSite("bolsa", "Bolsa Avenue Health Center", "Westminster", "92683", 0.12, List.of(
                        new Area("92683", "Westminster", "Orange", "059", 3), new Area("92844", "Garden Grove", "Orange", "059", 3),
                        new Area("92708", "Fountain Valley", "Orange", "059", 1), new Area("92703", "Santa Ana", "Orange", "059", 5)),
                        mix(.268, .303, .361, .013, .004, .005, .017, .029), InterpreterServices.IN_PERSON,
                        new RealCollection(.10, .07, .03, .02, .12, .10, 0)),
                new CareSite("sunset", "Sunset Community Clinic", "San Francisco", "94122", 0.12, List.of(
                        new Area("94122", "Sunset", "San Francisco", "075", 2), new Area("94116", "Parkside", "San Francisco", "075", 1),
                        new Area("94112", "Excelsior", "San Francisco", "075", 3), new Area("94134", "Visitacion Valley", "San Francisco", "075", 4)),
                        mix(.109, .431, .386, .020, .004, .005, .017, .029), InterpreterServices.IN_PERSON,
                        new RealCollection(.14, .04, .03, .02, .06, .03, 2024)),
                new CareSite("central-valley", "Valley Farmworker Health Center", "Fresno", "93706", 0.16, List.of(
                        new Area("93706", "Southwest Fresno", "Fresno", "019", 5), new Area("93702", "Southeast Fresno", "Fresno", "019", 5),
                        new Area("93722", "Northwest Fresno", "Fresno", "019", 3), new Area("93648", "Parlier", "Fresno", "019", 5)),
                        mix(.672, .214, .064, .019, .007, .002, .007, .014), InterpreterServices.IN_PERSON,
                        new RealCollection(.20, .16, .05, .03, .18, .15, 0)),
                new CareSite("glendale", "Glendale Family Medicine", "Glendale", "91205", 0.10, List.of(
                        new Area("91205", "South Glendale", "Los Angeles", "037", 3), new Area("91206", "East Glendale", "Los Angeles", "037", 2),
                        new Area("91204", "Central Glendale", "Los Angeles", "037", 3), new Area("91201", "Northwest Glendale", "Los Angeles", "037", 2)),
                        mix(.209, .540, .092, .013, .004, .002, .096, .044), InterpreterServices.PHONE,
                        new RealCollection(.08, .06, .09, .02, .05, .05, 0)),
                new CareSite("valley-oak", "Valley Oak Primary Care", "Redding", "96001", 0.08, List.of(
                        new Area("96001", "Redding", "Shasta", "089", 3), new Area("96003", "East Redding", "Shasta", "089", 3),
                        new Area("96007", "Anderson", "Shasta", "089", 4), new Area("96080", "Red Bluff", "Tehama", "103", 4)),
                        mix(.149, .743, .028, .007, .037, .003, .005, .028), InterpreterServices.PHONE,
                        new RealCollection(.22, .20, .03, .02, .28, .25, 0)),
                new CareSite("crenshaw", "Crenshaw Family Practice", "Los Angeles", "90008", 0.12, List.of(
                        new Area("90008", "Baldwin Hills", "Los Angeles", "037", 4), new Area("90043", "Hyde Park", "Los Angeles", "037", 4),
                        new Area("90047", "Vermont Knolls", "Los Angeles", "037", 4), new Area("90016", "West Adams", "Los Angeles", "037", 4)),
                        mix(.521, .131, .051, .236, .004, .006, .012, .038), InterpreterServices.PHONE,
                        new RealCollection(.09, .06, .03, .02, .10, .07, 2025)));
        return new CareNetwork(sites, clinicians(sites, names));
    }

    /** Languages the clinicians of each site speak besides English, one list per clinician. */
    private static final Map<String, List<List<String>>> CLINICIAN_LANGUAGES = Map.of(
            "fruitvale", List.of(List.of("es"), List.of("es"), List.of(), List.of(), List.of("zh")),
            "harbor", List.of(List.of(), List.of(), List.of(), List.of(), List.of()),
            "bolsa", List.of(List.of("vi"), List.of("vi"), List.of("es"), List.of(), List.of()),
            "sunset", List.of(List.of("yue", "zh"), List.of("cmn", "zh"), List.of("tl"), List.of(), List.of()),
            "central-valley", List.of(List.of("es"), List.of("es"), List.of("es"), List.of("hmn"), List.of("pa"), List.of()),
            "glendale", List.of(List.of("hy"), List.of("hy"), List.of("fa"), List.of("es")),
            "valley-oak", List.of(List.of(), List.of(), List.of()),
            "crenshaw", List.of(List.of("es"), List.of(), List.of(), List.of(), List.of()));

    private static final List<String> ROLES = List.of("physician", "physician", "nurse practitioner",
            "physician", "physician assistant", "physician");

    private static List<Clinician> clinicians(List<CareSite> sites, NameBank names) {
        Rng rng = Rng.forRun(0); // the roster is fixed: the same clinicians for every seed
        List<String> pools = List.of("white", "hispanic", "chinese", "south-asian", "black", "filipino", "korean");
        List<Clinician> clinicians = new ArrayList<>();
        for (CareSite site : sites) {
            List<List<String>> languages = CLINICIAN_LANGUAGES.get(site.id());
            for (int i = 0; i < languages.size(); i++) {
                String pool = rng.pick(pools);
                boolean female = rng.chance(0.55);
                clinicians.add(new Clinician(site.id() + "-c" + (i + 1), names.family(rng, pool),
                        names.given(rng, pool, female), ROLES.get(i), site.id(), languages.get(i)));
            }
        }
        return clinicians;
    }

    private static double[] mix(double... shares) {
        return shares;
    }
}
