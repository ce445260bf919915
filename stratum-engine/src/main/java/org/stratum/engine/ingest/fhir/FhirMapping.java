package org.stratum.engine.ingest.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    String structure() {
        return read(resourceType + ".spec.json").replaceAll("\\s+", "");
    }

    List<String> insertStatements() {
        return inserts.stream().map(FhirMapping::read).toList();
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
