package org.stratum.engine.generate.truth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.engine.generate.GeneratorSettings;
import org.stratum.engine.generate.Timeline;
import org.stratum.engine.generate.network.CareNetwork;
import org.stratum.engine.generate.network.CareSite;
import org.stratum.engine.generate.people.Payer;

/**
 * Writes {@code ground-truth.json}: every planted inequity with its cause, the rates the generator
 * used, and the counts it produced in the measurement year, precisely enough for the analytics'
 * tests to check what they find. The format is described in docs/synthetic-population.md.
 */
public final class GroundTruthWriter {
    public static final String FILE = "ground-truth.json";

    private final GeneratorSettings settings;
    private final CareNetwork network;

    public GroundTruthWriter(GeneratorSettings settings, CareNetwork network) {
        this.settings = settings;
        this.network = network;
    }

    public Path write(TruthTally tally) throws IOException {
        Timeline timeline = settings.timeline();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("about", "Synthetic population ground truth: planted inequities with known causes. Counts are the"
                + " generator's intended denominators and numerators for the measurement period, before the measure"
                + " engine applies the eCQM logic; rates in 'rates' are the probabilities the generator used.");
        root.put("formatVersion", 1);
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("seed", settings.seed());
        generator.put("patients", settings.patients());
        generator.put("format", settings.format().cliName());
        generator.put("historyStart", timeline.start().toString());
        generator.put("historyEnd", timeline.end().toString());
        generator.put("measurementPeriod", Map.of("start", timeline.yearStart(timeline.lastYear()).toString(),
                "end", timeline.end().toString()));
        root.put("generator", generator);
        root.put("network", network());
        root.put("rates", rates());
        List<Object> inequities = new ArrayList<>();
        for (PlantedInequity inequity : PlantedInequity.values()) {
            inequities.add(inequity(inequity, tally));
        }
        root.put("inequities", inequities);
        Path file = settings.out().resolve(FILE);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        return file;
    }

    private Map<String, Object> network() {
        List<Object> sites = new ArrayList<>();
        for (CareSite site : network.sites()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", site.id());
            s.put("name", site.name());
            s.put("city", site.city());
            s.put("patientShare", site.patientShare());
            s.put("interpreterServices", site.interpreterServices().code());
            s.put("realCollection", site.realCollection());
            sites.add(s);
        }
        return Map.of("organisation", CareNetwork.ORGANISATION, "sites", sites);
    }

    private static Map<String, Object> rates() {
        Map<String, Object> rates = new LinkedHashMap<>();
        for (Field field : OutcomeModel.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == double.class) {
                try {
                    rates.put(field.getName(), field.getDouble(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rates;
    }

    private static Map<String, Object> inequity(PlantedInequity inequity, TruthTally tally) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", inequity.id());
        out.put("measure", inequity.measure());
        out.put("kind", inequity.kind());
        out.put("description", inequity.description());
        out.put("cause", cause(inequity));
        out.put("expected", expected(inequity));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (PlantedInequity.Breakdown breakdown : inequity.breakdowns()) {
            Map<String, Object> strata = new LinkedHashMap<>();
            tally.cells(inequity, breakdown.name()).forEach((stratum, cell) -> strata.put(stratum, Map.of(
                    "eligible", cell[0], "met", cell[1], "rate", cell[0] == 0 ? 0.0 : (double) cell[1] / cell[0])));
            counts.put(breakdown.name(), strata);
        }
        out.put("counts", counts);
        return out;
    }

    private static Map<String, Object> cause(PlantedInequity inequity) {
        return switch (inequity) {
            case BP_WITHOUT_INTERPRETER, EXPLAINED_WITHOUT_INTERPRETER -> Map.of("type", "site-practice",
                    "dimension", "site", "site", OutcomeModel.INTERPRETER_SITE,
                    "detail", "the site has no interpreter services; patients who need an interpreter are affected",
                    "affectedGroup", Map.of("site", OutcomeModel.INTERPRETER_SITE, "preferredLanguage", "es",
                            "interpreterNeeded", "yes"));
            case COLORECTAL_BY_PAYER -> Map.of("type", "payer", "dimension", "payer",
                    "detail", "screening depends on payer only; race and ethnicity act through payer mix");
            case DIABETES_BY_SITE -> Map.of("type", "composition", "dimension", "site", "site", OutcomeModel.DIABETES_SITE,
                    "detail", "poor control depends on the site only; group differences come from who attends that site");
            case BREAST_NO_GAP -> Map.of("type", "none", "detail", "one rate for everyone; no gap may be flagged");
        };
    }

    private static Map<String, Object> expected(PlantedInequity inequity) {
        Map<String, Object> expected = new LinkedHashMap<>();
        switch (inequity) {
            case BP_WITHOUT_INTERPRETER -> {
                expected.put("direction", "higher-is-better");
                expected.put("groupRate", OutcomeModel.BP_CONTROLLED_WITHOUT_INTERPRETER);
                expected.put("referenceRate", OutcomeModel.BP_CONTROLLED);
            }
            case EXPLAINED_WITHOUT_INTERPRETER -> {
                expected.put("direction", "higher-is-better");
                expected.put("groupRate", OutcomeModel.EXPLAINED_TOP_BOX_WITHOUT_INTERPRETER);
                expected.put("referenceRate", OutcomeModel.EXPLAINED_TOP_BOX);
            }
            case COLORECTAL_BY_PAYER -> {
                expected.put("direction", "higher-is-better");
                Map<String, Object> byPayer = new LinkedHashMap<>();
                for (Payer payer : Payer.values()) {
                    byPayer.put(payer.code(), OutcomeModel.colorectalScreened(payer));
                }
                expected.put("rateByPayer", byPayer);
                expected.put("differenceWithinPayerByGroup", 0.0);
            }
            case DIABETES_BY_SITE -> {
                expected.put("direction", "lower-is-better");
                expected.put("rateAtSite", OutcomeModel.HBA1C_POOR_AT_DIABETES_SITE);
                expected.put("rateElsewhere", OutcomeModel.HBA1C_POOR_ELSEWHERE);
                expected.put("differenceWithinSiteByGroup", 0.0);
                expected.put("gapExplainedBy", "composition");
            }
            case BREAST_NO_GAP -> {
                expected.put("direction", "higher-is-better");
                expected.put("rateForEveryone", OutcomeModel.BREAST_SCREENED);
                expected.put("flaggedGaps", 0);
            }
        }
        return expected;
    }
}
