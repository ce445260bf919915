package org.stratum.engine.ingest.fhir;

/** Something in a file that is not a resource Stratum can read, with where it is. */
record SourceProblem(long line, int entry, String reason) {
}
