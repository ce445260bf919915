package org.stratum.app.web.measures;

import java.util.List;
import org.stratum.core.measure.MeasurementPeriod;

/** The measures overview for one period; {@code period} is null when nothing has been computed. */
public record Overview(MeasurementPeriod period, List<MeasurementPeriod> periods, List<OverviewRow> rows) {
}
