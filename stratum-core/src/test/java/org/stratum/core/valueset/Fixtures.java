package org.stratum.core.valueset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stratum.core.ReferenceFixtures;

/**
 * The eCQM reference fixtures (expanded VSAC value sets and the measures' FHIR Measure resources),
 * read at test time from beside the project. They are licensed content and never copied into it,
 * so tests that need them skip, with a message saying where they looked, when they are absent.
 */
final class Fixtures {

    static final String VALUE_SET_URL = "http://cts.nlm.nih.gov/fhir/ValueSet/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCES_ROW = Pattern.compile("^\\|\\s*(CMS\\d+)\\s[^|]*\\|\\s*([A-Za-z0-9]+)\\s*\\|");

    private final Path ecqm;

    private Fixtures(Path ecqm) {
        this.ecqm = ecqm;
    }

    /** The fixtures, or an aborted (skipped) test naming every place looked at. */
    static Fixtures require() {
        return new Fixtures(ReferenceFixtures.require("ecqm-2024"));
    }

    /** The expanded value set of an OID; the folder names files {@code valueset-} or {@code ValueSet-}. */
    JsonNode valueSet(String oid) {
        Path dir = ecqm.resolve("valuesets");
        for (String prefix : List.of("valueset-", "ValueSet-")) {
            Path file = dir.resolve(prefix + oid + ".json");
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        throw new AssertionError("No fixture expansion for value set " + oid + " in " + dir);
    }

    /** Measure resources by CMS id, mapped from their folder names through {@code SOURCES.md}. */
    Map<String, JsonNode> measures() {
        Map<String, JsonNode> measures = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(ecqm.resolve("SOURCES.md"))) {
            lines.map(SOURCES_ROW::matcher).filter(Matcher::find).forEach(m ->
                    measures.put(m.group(1), read(ecqm.resolve("measures").resolve(m.group(2) + ".json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return measures;
    }

    /** The Library holding a Measure's effective data requirements. */
    static JsonNode effectiveDataRequirements(JsonNode measure) {
        for (JsonNode contained : measure.path("contained")) {
            if ("Library".equals(contained.path("resourceType").asText())) {
                return contained;
            }
        }
        throw new AssertionError("Measure " + measure.path("id").asText() + " has no contained Library");
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
