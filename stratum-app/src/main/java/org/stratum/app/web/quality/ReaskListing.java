package org.stratum.app.web.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.stratum.app.organisation.SiteScope;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.real.ReaskPatient;
import org.stratum.engine.real.ReaskReason;

/** What one re-ask request lists, and for whom. */
public record ReaskListing(MeasurementPeriod period, int staleYears, LocalDate asOf, SiteScope scope,
        List<ReaskPatient> patients) {

    public String reasons(ReaskPatient patient) {
        return patient.reasons().stream().sorted().map(ReaskReason::label).collect(Collectors.joining("; "));
    }
}
