package org.stratum.app.report;

/** A section as it goes into a report: its fragment and its content. */
public record ReportedSection(String fragment, Object content) {
}
