package org.stratum.core.valueset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;

/**
 * Checks the demo lists against the reference expansions and Measure resources. Skipped, with a
 * message, when the fixtures are not beside the project.
 */
class DemoValueSetsFixtureTest {

    private static final String DIRECT_REFERENCE_CODE =
            "http://hl7.org/fhir/us/cqfmeasures/StructureDefinition/cqfm-directReferenceCode";

    private static Fixtures fixtures;
    private static Map<String, JsonNode> measures;
    private final DemoValueSets demo = DemoValueSets.load();

    @BeforeEach
    void requireFixtures() {
        fixtures = Fixtures.require();
        if (measures == null) {
            measures = fixtures.measures();
        }
    }

    @Test
    void sourcesMapTheTwelveMeasures() {
        assertThat(measures.keySet()).containsExactlyInAnyOrderElementsOf(DemoValueSetsTest.MEASURES);
    }

    @Test
    void everyDemoCodeIsAMemberOfItsValueSet() {
        for (String oid : demo.oids()) {
            Set<String> members = members(fixtures.valueSet(oid));
            assertThat(demo.codes(oid))
                    .as("demo codes of %s (%s)", oid, demo.name(oid))
                    .allSatisfy(c -> assertThat(members).contains(key(c.system(), c.code())));
        }
    }

    @Test
    void everyDemoCodeIsListedUnderEveryCoveredValueSetWhoseExpansionHasIt() {
        Set<Coding> allDemoCodes = demo.oids().stream().flatMap(oid -> demo.codes(oid).stream())
                .collect(Collectors.toSet());
        for (String oid : demo.oids()) {
            Set<String> members = members(fixtures.valueSet(oid));
            Set<String> listed = demo.codes(oid).stream().map(c -> key(c.system(), c.code())).collect(Collectors.toSet());
            assertThat(allDemoCodes)
                    .filteredOn(c -> members.contains(key(c.system(), c.code())))
                    .as("demo codes that belong to %s (%s)", oid, demo.name(oid))
                    .allSatisfy(c -> assertThat(listed).contains(key(c.system(), c.code())));
        }
    }

    @Test
    void demoDisplaysAndNamesAreTheExpansionsOwn() {
        for (String oid : demo.oids()) {
            JsonNode valueSet = fixtures.valueSet(oid);
            assertThat(demo.name(oid)).as(oid).isEqualTo(title(valueSet));
            for (Coding c : demo.codes(oid)) {
                assertThat(c.display()).as("%s %s", oid, c.code()).isEqualTo(display(valueSet, c));
            }
        }
    }

    @Test
    void everyValueSetTheMeasuresReferenceHasDemoCodesOrIsListedAsCptOnly() {
        Set<String> cptOnly = Readme.cptOnlyOids();
        Set<String> referenced = referencedOids();
        assertThat(referenced).hasSizeGreaterThan(100);
        assertThat(referenced).allSatisfy(oid -> assertThat(demo.oids().contains(oid) || cptOnly.contains(oid))
                .as("value set %s has demo codes or is listed as CPT-only", oid)
                .isTrue());
    }

    @Test
    void valueSetsListedAsCptOnlyReallyHaveNothingButCpt() {
        Set<String> referenced = referencedOids();
        for (String oid : Readme.cptOnlyOids()) {
            assertThat(referenced).as("CPT-only %s is used by a measure", oid).contains(oid);
            List<String> systems = new ArrayList<>();
            fixtures.valueSet(oid).path("expansion").path("contains")
                    .forEach(c -> systems.add(c.path("system").asText()));
            assertThat(systems).as(oid).isNotEmpty().containsOnly(CodeSystems.CPT);
        }
    }

    @Test
    void directCodesAreExactlyThoseTheMeasureResourcesName() {
        measures.forEach((measure, resource) -> {
            Set<String> expected = new TreeSet<>();
            for (JsonNode ext : Fixtures.effectiveDataRequirements(resource).path("extension")) {
                if (DIRECT_REFERENCE_CODE.equals(ext.path("url").asText())) {
                    JsonNode coding = ext.path("valueCoding");
                    expected.add(key(coding.path("system").asText(), coding.path("code").asText()));
                }
            }
            Set<String> listed = demo.directCodes(measure).stream()
                    .map(d -> key(d.coding().system(), d.coding().code()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(listed).as("direct codes of %s", measure).isEqualTo(expected);
        });
    }

    /** Every value-set OID named anywhere in the 12 Measure resources (including shared libraries). */
    private static Set<String> referencedOids() {
        Set<String> oids = new TreeSet<>();
        measures.values().forEach(m -> collectValueSets(m, oids));
        return oids;
    }

    private static void collectValueSets(JsonNode node, Set<String> oids) {
        if (node.isTextual() && node.asText().startsWith(Fixtures.VALUE_SET_URL)) {
            String oid = node.asText().substring(Fixtures.VALUE_SET_URL.length());
            int version = oid.indexOf('|');
            oids.add(version < 0 ? oid : oid.substring(0, version));
        }
        node.forEach(child -> collectValueSets(child, oids));
    }

    private static Set<String> members(JsonNode valueSet) {
        Set<String> members = new TreeSet<>();
        valueSet.path("expansion").path("contains")
                .forEach(c -> members.add(key(c.path("system").asText(), c.path("code").asText())));
        return members;
    }

    private static String display(JsonNode valueSet, Coding coding) {
        for (JsonNode c : valueSet.path("expansion").path("contains")) {
            if (coding.system().equals(c.path("system").asText()) && coding.code().equals(c.path("code").asText())) {
                return c.hasNonNull("display") ? c.path("display").asText() : null;
            }
        }
        return null;
    }

    private static String title(JsonNode valueSet) {
        return valueSet.hasNonNull("title") ? valueSet.path("title").asText() : valueSet.path("name").asText();
    }

    private static String key(String system, String code) {
        return system + "|" + code;
    }
}
