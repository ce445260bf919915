package org.stratum.engine.ingest.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How one FHIR resource type becomes warehouse rows: the shape DuckDB parses it into (a
 * {@code json_transform} structure, {@code <Type>.spec.json}), the checks it must pass, the rows a
 * new version of the resource replaces, and the INSERT statements ({@code <Type>*.sql}) that write it.
 *
 * @param replaces "table.column" pairs whose rows with the resource's id (in the same source) a
 *                 re-imported resource replaces, e.g. {@code observation.panel_id} for components
 * @param inserts  SQL resources, each one statement reading {@code fhir_ok} with the source as {@code ?}
 */
record FhirMapping(String resourceType, List<String> replaces, List<FieldCheck> checks, List<String> inserts) {
    /** A top-level field of the parsed resource as the INSERT statements name it: {@code f.r."type"}. */
    private static final Pattern PARSED_FIELD = Pattern.compile("\\b\\w+\\.r\\.\"?(\\w+)");

    String structure() {
        return read(resourceType + ".spec.json").replaceAll("\\s+", "");
    }

    List<String> insertStatements() {
        return inserts.stream().map(FhirMapping::read).toList();
    }

    /**
     * The view {@code fhir_ok} as one INSERT needs it: the parsed resources with only the fields it
     * names. Statements carry whole rows through {@code unnest}, and copying the full parsed
     * structure costs more than all the rest of an insert; DuckDB reads only the fields named here.
     */
    static String viewFor(String insert) {
        String fields = PARSED_FIELD.matcher(insert).results().map(m -> m.group(1)).distinct().sorted()
                .map(f -> '"' + f + "\" := r.\"" + f + '"').collect(Collectors.joining(", "));
        return "CREATE OR REPLACE TEMP VIEW fhir_ok AS SELECT file_index, line, entry, ctx, id, "
                + (fields.isEmpty() ? "r" : "struct_pack(" + fields + ") AS r") + " FROM fhir_parsed";
    }

    static String read(String resource) {
        try (InputStream in = FhirMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing FHIR mapping resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
