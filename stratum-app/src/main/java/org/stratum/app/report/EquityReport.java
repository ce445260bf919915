package org.stratum.app.report;

import java.time.LocalDate;
import java.util.List;

/** Everything one equity report shows, in order. */
public record EquityReport(ReportRequest request, String organisation, String aim, LocalDate generatedOn,
        List<ReportedSection> sections) {
}
