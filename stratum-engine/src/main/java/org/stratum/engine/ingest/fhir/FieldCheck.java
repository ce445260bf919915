package org.stratum.engine.ingest.fhir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule a resource must meet to be loaded, written as the SQL that finds the resources breaking
 * it. Paths are dotted FHIR paths into the parsed resource ({@code subject.reference}).
 */
sealed interface FieldCheck {

    /** A WHERE condition over {@code fhir_parsed p} that holds for the offending resources. */
    String offends();

    /** A SQL expression giving the reason, for one offending resource. */
    String reason();

    String path();

    /**
     * One INSERT writing a reject for each check that each parsed resource of {@code type} breaks:
     * the parsed resources are read once for all their checks, not once per check.
     */
    static String rejectsOf(String type, List<FieldCheck> checks) {
        String broken = checks.stream()
                .map(c -> "CASE WHEN " + c.offends() + " THEN {'field': '" + c.path() + "', 'reason': " + c.reason() + "} END")
                .collect(Collectors.joining(", "));
        return "INSERT INTO fhir_reject SELECT file_index, line, entry, '" + type + "/' || id, broken.field, broken.reason"
                + " FROM (SELECT p.file_index, p.line, p.entry, p.id, unnest(list_filter([" + broken
                + "], b -> b IS NOT NULL)) AS broken FROM fhir_parsed p)";
    }

    /**
     * The resource must refer to a resource of {@code type} there (a Patient, usually). In a
     * test-case folder the folder says whose record it is, so a patient reference is not needed.
     */
    record Reference(String path, String type) implements FieldCheck {
        @Override
        public String offends() {
            return (type.equals("Patient") ? "p.ctx IS NULL AND " : "") + "fhir_ref(" + column(path) + ", '" + type
                    + "') IS NULL";
        }

        @Override
        public String reason() {
            return "CASE WHEN " + column(path) + " IS NULL THEN 'no reference to a " + type + "' ELSE '''' || "
                    + column(path) + " || ''' is not a reference to a " + type + "' END";
        }
    }

    /** When present, the value must be a FHIR date or dateTime. */
    record DateTime(String path) implements FieldCheck {
        @Override
        public String offends() {
            return "fhir_bad_time(" + column(path) + ")";
        }

        @Override
        public String reason() {
            return "'''' || " + column(path) + " || ''' is not a valid FHIR date or dateTime'";
        }
    }

    /** The value must be present. */
    record Required(String path) implements FieldCheck {
        @Override
        public String offends() {
            return column(path) + " IS NULL";
        }

        @Override
        public String reason() {
            return "'required, and missing'";
        }
    }

    /** The value must be one of the codes of its required binding (FHIR R4). */
    record OneOf(String path, List<String> codes, boolean required) implements FieldCheck {
        @Override
        public String offends() {
            String listed = codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
            return (required ? column(path) + " IS NULL OR " : "") + column(path) + " NOT IN (" + listed + ")";
        }

        @Override
        public String reason() {
            return "CASE WHEN " + column(path) + " IS NULL THEN 'required, and missing' ELSE '''' || " + column(path)
                    + " || ''' is not one of " + String.join(", ", codes) + "' END";
        }
    }

    /** {@code subject.reference} as SQL over the parsed struct: {@code p.r."subject"."reference"}. */
    static String column(String path) {
        return "p.r." + java.util.Arrays.stream(path.split("\\.")).map(s -> '"' + s + '"')
                .collect(Collectors.joining("."));
    }
}
