package org.stratum.engine.ingest;

import java.nio.file.Path;

/**
 * One record that could not be loaded, and where it is: file, line (NDJSON, CSV) or Bundle entry,
 * resource id when known, the field at fault when known, and why.
 *
 * @param line  1-based line, or 0 when not on a line
 * @param entry 0-based Bundle entry, or -1 when not in a Bundle
 */
public record Reject(Path file, long line, int entry, String resourceId, String field, String reason) {

    public static Reject inFile(Path file, long line, String reason) {
        return new Reject(file, line, -1, null, null, reason);
    }

    /** "file line 3 (Encounter/e1), field period.start: reason" — one line a person can act on. */
    public String describe() {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(" line ").append(line);
        }
        if (entry >= 0) {
            where.append(" entry ").append(entry);
        }
        if (resourceId != null) {
            where.append(" (").append(resourceId).append(')');
        }
        if (field != null) {
            where.append(", field ").append(field);
        }
        return where + ": " + reason;
    }
}
