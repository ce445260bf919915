package org.stratum.engine.ingest.mapping;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stratum.core.terminology.CodeSystems;

/**
 * The code systems a mapping may name, by short name or by URI, and the shape of their codes, so a
 * mistyped code is caught when the mapping loads rather than by a measure that never matches. An
 * ICD-10-CM code written without its dot (E119, as many extracts do) is written with it (E11.9), the
 * way value sets list it.
 */
final class CodeSystemNames {
    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Pattern> CODE_SHAPE = Map.of(
            CodeSystems.SNOMED_CT, Pattern.compile("[0-9]{6,18}"),
            CodeSystems.LOINC, Pattern.compile("(LA|LP)?[0-9]{1,7}-[0-9]"),
            CodeSystems.ICD_10_CM, Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?"),
            CodeSystems.ICD_10_PCS, Pattern.compile("[0-9A-HJ-NP-Z]{7}"),
            CodeSystems.CVX, Pattern.compile("[0-9]{1,3}"),
            CodeSystems.RXNORM, Pattern.compile("[0-9]{1,9}"),
            CodeSystems.CPT, Pattern.compile("[0-9]{4}[0-9A-Z]"),
            CodeSystems.HCPCS, Pattern.compile("[A-Z][0-9]{4}"),
            CodeSystems.SOURCE_OF_PAYMENT, Pattern.compile("[0-9]{1,5}"));
    private static final Pattern ICD_WITHOUT_DOT = Pattern.compile("([A-Z][0-9][0-9A-Z])([0-9A-Z]{1,4})");

    static {
        BY_NAME.put("snomed", CodeSystems.SNOMED_CT);
        BY_NAME.put("loinc", CodeSystems.LOINC);
        BY_NAME.put("icd-10-cm", CodeSystems.ICD_10_CM);
        BY_NAME.put("icd-10-pcs", CodeSystems.ICD_10_PCS);
        BY_NAME.put("cpt", CodeSystems.CPT);
        BY_NAME.put("hcpcs", CodeSystems.HCPCS);
        BY_NAME.put("cvx", CodeSystems.CVX);
        BY_NAME.put("rxnorm", CodeSystems.RXNORM);
        BY_NAME.put("sop", CodeSystems.SOURCE_OF_PAYMENT);
        BY_NAME.put("ucum", CodeSystems.UCUM);
        BY_NAME.put("act-code", CodeSystems.ACT_CODE);
    }

    private CodeSystemNames() {
    }

    /** The URI of a code system named by short name or URI; an error listing the names otherwise. */
    static String uri(MappingNode node) {
        String name = node.text("system");
        if (BY_NAME.containsKey(name)) {
            return BY_NAME.get(name);
        }
        if (BY_NAME.containsValue(name)) {
            return name;
        }
        throw node.invalid("unknown code system '" + name + "'; use one of " + String.join(", ", BY_NAME.keySet())
                + " (or its URI)");
    }

    /** The regular expression a code of this system matches, when Stratum knows one. */
    static Optional<Pattern> shape(String system) {
        return Optional.ofNullable(CODE_SHAPE.get(system));
    }

    /** A code as value sets write it: ICD-10-CM codes upper case and with their dot. */
    static String normalise(String system, String code) {
        if (!CodeSystems.ICD_10_CM.equals(system)) {
            return code;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return ICD_WITHOUT_DOT.matcher(upper).matches() ? upper.substring(0, 3) + "." + upper.substring(3) : upper;
    }

    /** A code that does not have its system's shape, after {@link #normalise}. */
    static void check(MappingNode node, String system, String code) {
        shape(system).filter(p -> !p.matcher(code).matches()).ifPresent(p -> {
            throw node.invalid("\"" + code + "\" is not a valid " + nameOf(system) + " code");
        });
    }

    static String nameOf(String system) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue().equals(system)).map(Map.Entry::getKey)
                .findFirst().orElse(system);
    }
}
