package org.stratum.app.report;

import java.util.Optional;

/**
 * One section of the equity report. Each feature contributes its own as a Spring bean (driver scores,
 * measures and gaps, root causes, barriers and actions; improvement efforts and PDSA cycles); the
 * report puts them in order of {@link #position()}. What a section returns must already be safe to
 * share: suppressed so that no count of 1 to 10 appears, and without site- or clinician-level detail
 * when the audience does not show it ({@link ReportAudience#showsSitesAndClinicians()}).
 */
public interface EquityReportSection {

    /**
     * Where the section goes, lower first: driver scores 10, measures and gaps 20, improvement efforts
     * and PDSA cycles 30, root causes 40, barriers, actions and partners 50.
     */
    int position();

    /**
     * The Thymeleaf fragment that draws the section, as {@code template :: fragment}, such as
     * {@code report/sections :: drivers}. It sees the section's content as {@code content} and the request as
     * {@code request}, and must be well-formed XHTML (the PDF is laid out from it).
     */
    String fragment();

    /** What the section shows for the request; empty to leave the section out. */
    Optional<Object> content(ReportRequest request);
}
