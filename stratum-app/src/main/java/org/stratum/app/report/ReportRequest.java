package org.stratum.app.report;

import java.util.Objects;
import org.stratum.core.measure.MeasurementPeriod;

/** An equity report asked for: the period it covers and its audience. */
public record ReportRequest(MeasurementPeriod period, ReportAudience audience) {

    public ReportRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(audience, "audience");
    }
}
