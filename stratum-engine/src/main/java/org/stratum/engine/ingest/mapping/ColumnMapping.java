package org.stratum.engine.ingest.mapping;

/**
 * How one warehouse column is filled: from a source (column, constant or concatenation), optionally
 * split into one row per part, looked up in a value map, parsed with a date format, or checked as a
 * code of a system.
 *
 * @param target the warehouse column
 * @param type   its DuckDB type, from the warehouse schema
 * @param line   the mapping line
 * @param source where the value comes from
 * @param split  the separator of a multi-valued cell (one warehouse row per part), or null
 * @param map    the value map it is looked up in (the mapping's, or a built-in one), or null
 * @param format the date format of a date or time column, or null for ISO 8601
 * @param system the code system of a code column read without a map, or null
 */
record ColumnMapping(String target, String type, int line, ValueSource source, String split, ValueMap map,
                     DatePattern format, String system) {

    boolean isTemporal() {
        return type.equals("DATE") || type.startsWith("TIMESTAMP");
    }
}
