package org.stratum.engine.ingest.fhir;

/** Receives the resources and problems a reader finds, in file order. */
interface ResourceSink {
    void resource(RawResource resource);

    void problem(SourceProblem problem);

    /** A JSON document that is not a FHIR resource at all (no resourceType), such as a ground-truth file. */
    void notFhir();
}
