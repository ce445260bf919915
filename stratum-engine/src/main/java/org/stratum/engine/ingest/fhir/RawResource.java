package org.stratum.engine.ingest.fhir;

/**
 * One resource as read from a file, before DuckDB parses it: where it came from and its JSON text.
 *
 * @param line  the 1-based line of an NDJSON file, or 0 for a JSON document
 * @param entry the 0-based Bundle entry, or -1 when the resource is not in a Bundle
 */
record RawResource(long line, int entry, String json) {
}
