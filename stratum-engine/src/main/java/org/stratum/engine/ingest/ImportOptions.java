package org.stratum.engine.ingest;

/**
 * How a format loads one import.
 *
 * @param source        the data source every row is tagged with
 * @param acceptPartial   load the valid records and report the others, instead of refusing the import
 * @param testCaseFolders each folder is one test case: one Patient and the records about them,
 *                        whatever their references say, with ids scoped to that patient (the eCQM
 *                        test suite's layout, where "Encounter-1" recurs in every folder)
 * @param progress        hears how many bytes have been read
 */
public record ImportOptions(String source, boolean acceptPartial, boolean testCaseFolders, ImportProgress progress) {
}
