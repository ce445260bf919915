package org.stratum.engine.ingest.mapping;

/**
 * One check the import makes on every row a table mapping reads, numbered within the import so that
 * the SQL records only the number, the row and the offending value; the words are made here.
 *
 * @param id     its number in the import
 * @param kind   what it checks
 * @param table  the warehouse table
 * @param target the warehouse column (or columns) it is about
 * @param field  the source column (or a description of the source) an analyst would look at
 * @param detail the value map, date format, type or code system involved
 */
record RowCheck(int id, CheckKind kind, String table, String target, String field, String detail) {
    String reason(String value, long otherLine) {
        String column = table + "." + target;
        return switch (kind) {
            case UNMAPPED -> MappedCsvFormat.UNMAPPED_PREFIX + " \"" + value + "\": not in " + detail + " (for " + column + ")";
            case INVALID -> detail.startsWith("format ")
                    ? "\"" + value + "\" does not match the date " + detail + " (" + column + ")"
                    : "\"" + value + "\" is not a valid " + detail + " (" + column + ")";
            case BAD_CODE -> "\"" + value + "\" is not a valid " + detail + " code (" + column + ")";
            case MISSING -> "empty, but " + column + " needs a value";
            case NO_PATIENT -> "no patient \"" + value + "\" in this import or the warehouse (" + column + ")";
            case DUPLICATE -> "duplicate " + target + " \"" + value + "\": line " + otherLine + " has it too"
                    + (detail != null ? " (with the same " + detail + ")" : "");
        };
    }
}
