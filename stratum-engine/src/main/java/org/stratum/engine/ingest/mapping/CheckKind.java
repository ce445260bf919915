package org.stratum.engine.ingest.mapping;

/** The ways a source row can fail its mapping; each rejects the row, naming the field. */
enum CheckKind {
    /** A local value its value map does not list. Reported as such by a dry run, so the map can be finished. */
    UNMAPPED,
    /** A value that does not convert to the column's type (a date in the wrong format, a number with text). */
    INVALID,
    /** A code that does not have its code system's shape. */
    BAD_CODE,
    /** An empty cell where the warehouse needs a value. */
    MISSING,
    /** A record about a patient neither this import nor the warehouse has. */
    NO_PATIENT,
    /** A record whose identifier an earlier row of the file already has. */
    DUPLICATE
}
