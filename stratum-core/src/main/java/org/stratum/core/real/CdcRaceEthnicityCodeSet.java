package org.stratum.core.real;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The CDC Race & Ethnicity Code Set (OID 2.16.840.1.113883.6.238): every race and ethnicity code
 * with its display, its parent and the OMB 2024 minimum category it rolls up to. Read at run time
 * from the copy of the v3-Race and v3-Ethnicity code systems inside HAPI FHIR's validation
 * resources (same codes and tree as CDCREC), rather than typed in.
 *
 * <p>Roll-up follows OMB SPD 15 (2024): Middle Eastern or North African (2118-8) and Arab (2129-5),
 * which the code set keeps under White, roll up to MENA; everything under Hispanic or Latino
 * (2135-2) to Hispanic; Other Race (2131-1) and Not Hispanic or Latino (2186-5) to none.
 */
public final class CdcRaceEthnicityCodeSet {
    private static final String CODE_SYSTEMS = "/org/hl7/fhir/r4/model/valueset/v3-codesystems.xml";
    private static final String RACE = "http://terminology.hl7.org/CodeSystem/v3-Race";
    private static final String ETHNICITY = "http://terminology.hl7.org/CodeSystem/v3-Ethnicity";

    /** One code of the set. */
    public record Concept(String code, String display, String parent, int level, Optional<OmbCategory> category) {
    }

    private final Map<String, Concept> concepts;

    private CdcRaceEthnicityCodeSet(Map<String, Concept> concepts) {
        this.concepts = Collections.unmodifiableMap(concepts);
    }

    /** The code set, read once from the classpath. */
    public static CdcRaceEthnicityCodeSet load() {
        return Loaded.INSTANCE;
    }

    public Optional<Concept> concept(String code) {
        return Optional.ofNullable(concepts.get(code));
    }

    /** The minimum category a code rolls up to, empty for unknown codes and codes with none. */
    public Optional<OmbCategory> category(String code) {
        return concept(code).flatMap(Concept::category);
    }

    /** All codes, races then ethnicities, each after its parent. */
    public Map<String, Concept> concepts() {
        return concepts;
    }

    private static CdcRaceEthnicityCodeSet read() {
        try (InputStream in = CdcRaceEthnicityCodeSet.class.getResourceAsStream(CODE_SYSTEMS)) {
            if (in == null) {
                throw new IllegalStateException("HAPI FHIR validation resources are missing from the classpath ("
                        + CODE_SYSTEMS + ")");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Map<String, Concept> concepts = new LinkedHashMap<>();
            Deque<String> open = new ArrayDeque<>(); // codes of the concepts being read, innermost first
            String system = null;
            boolean inCodeSystem = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String value = xml.getAttributeValue(null, "value");
                    if (name.equals("CodeSystem")) {
                        inCodeSystem = true;
                        system = null;
                    } else if (!inCodeSystem) {
                        continue;
                    } else if (name.equals("url") && system == null) {
                        system = value;
                    } else if (!isWanted(system)) {
                        continue;
                    } else if (name.equals("concept")) {
                        open.push("");
                    } else if (name.equals("code") && !open.isEmpty() && open.peek().isEmpty()) {
                        open.pop();
                        String parent = open.isEmpty() ? null : open.peek();
                        open.push(value);
                        concepts.put(value, new Concept(value, null, parent, open.size() - 1, Optional.empty()));
                    } else if (name.equals("display") && !open.isEmpty() && concepts.containsKey(open.peek())
                            && concepts.get(open.peek()).display() == null) {
                        Concept c = concepts.get(open.peek());
                        concepts.put(c.code(), new Concept(c.code(), value, c.parent(), c.level(), Optional.empty()));
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("CodeSystem")) {
                        inCodeSystem = false;
                        open.clear();
                    } else if (inCodeSystem && isWanted(system) && name.equals("concept") && !open.isEmpty()) {
                        open.pop();
                    }
                }
            }
            return new CdcRaceEthnicityCodeSet(withCategories(concepts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot read the CDC race and ethnicity code systems", e);
        }
    }

    private static boolean isWanted(String system) {
        return RACE.equals(system) || ETHNICITY.equals(system);
    }

    private static Map<String, Concept> withCategories(Map<String, Concept> concepts) {
        Map<String, Concept> result = new LinkedHashMap<>();
        concepts.forEach((code, concept) -> result.put(code, new Concept(code, concept.display(), concept.parent(),
                concept.level(), categoryOf(code, concepts))));
        return result;
    }

    private static Optional<OmbCategory> categoryOf(String code, Map<String, Concept> concepts) {
        for (String at = code; at != null; at = concepts.containsKey(at) ? concepts.get(at).parent() : null) {
            if (at.equals("2118-8") || at.equals("2129-5")) {
                return Optional.of(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN);
            }
            if (at.equals("2135-2")) {
                return Optional.of(OmbCategory.HISPANIC_OR_LATINO);
            }
            for (OmbCategory category : OmbCategory.values()) {
                if (category != OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN && category.cdcCode().equals(at)) {
                    return Optional.of(category);
                }
            }
        }
        return Optional.empty();
    }

    private static final class Loaded {
        static final CdcRaceEthnicityCodeSet INSTANCE = read();
    }
}
