package org.stratum.app.web.outreach;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.app.equity.OfferedDimensions;
import org.stratum.app.organisation.CareSites;
import org.stratum.app.organisation.SiteScope;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.OutreachPatients;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.StratumFilter;
import org.stratum.engine.equity.WarehouseMeasureTotals;
import org.stratum.engine.measure.CustomMeasures;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Reads an outreach list's parameters ({@code measure}, {@code period}, {@code group}, repeated
 * {@code filter=DIMENSION=VALUE}), each checked and named when wrong, and checks a site filter against
 * the person's sites.
 */
@Component
class OutreachRequests {
    private final ObjectProvider<Warehouse> warehouse;
    private final StratumProperties properties;
    private final CareSites careSites;
    private final OfferedDimensions offered;

    OutreachRequests(ObjectProvider<Warehouse> warehouse, StratumProperties properties, CareSites careSites,
            OfferedDimensions offered) {
        this.warehouse = warehouse;
        this.properties = properties;
        this.careSites = careSites;
        this.offered = offered;
    }

    OutreachRequest read(String measureId, String askedPeriod, String askedGroup, List<String> filters, SiteScope scope) {
        if (measureId == null || measureId.isBlank()) {
            throw new BadOutreachRequest("measure", "Name the measure whose patients to list, e.g. measure=CMS165.");
        }
        Warehouse open = warehouse();
        MeasureDefinition measure = CustomMeasures.load(DataDirectory.at(properties.dataDir()), open).find(measureId)
                .orElseThrow(() -> new BadOutreachRequest("measure", "There is no measure '" + measureId + "' in the library."));
        MeasureTotals totals = new WarehouseMeasureTotals(open);
        List<MeasurementPeriod> periods = totals.computedPeriods(measure.id());
        if (periods.isEmpty()) {
            throw new BadOutreachRequest("measure", measure.displayName() + " has not been computed yet; run"
                    + " 'stratum measures run --measure " + measure.id() + "' first.");
        }
        MeasureGroup group = askedGroup == null || askedGroup.isBlank() ? measure.groups().get(0)
                : measure.group(askedGroup).orElseThrow(() -> new BadOutreachRequest("group",
                        measure.displayName() + " has no group '" + askedGroup + "'."));
        List<StratumFilter> strata = new ArrayList<>();
        for (String filter : filters == null ? List.<String>of() : filters) {
            StratumFilter stratum = filter(filter);
            if (stratum.dimension() == StratifyingDimension.SITE) {
                requirePermitted(stratum.value(), scope);
            }
            strata.add(stratum);
        }
        return new OutreachRequest(measure, group, period(askedPeriod, periods), strata);
    }

    OutreachPatients patients() {
        return new OutreachPatients(warehouse());
    }

    private static MeasurementPeriod period(String asked, List<MeasurementPeriod> computed) {
        if (asked == null || asked.isBlank()) {
            return computed.get(0);
        }
        MeasurementPeriod period;
        try {
            period = MeasurementPeriod.parse(asked.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadOutreachRequest("period", "'" + asked + "' is not a period: write START/END, e.g."
                    + " 2025-01-01/2025-12-31, or a year such as 2025.");
        }
        if (!computed.contains(period)) {
            throw new BadOutreachRequest("period", "The measure has not been computed for " + period
                    + "; run 'stratum measures run --period " + period + "' first.");
        }
        return period;
    }

    /** One {@code DIMENSION=VALUE}; the dimension by the engine's own short names, an optional one only when on. */
    private StratumFilter filter(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new BadOutreachRequest("filter", "'" + text + "' is not a filter: write DIMENSION=VALUE, e.g."
                    + " language=es.");
        }
        String name = text.substring(0, equals).trim();
        StratifyingDimension dimension = offered.find(name)
                .orElseThrow(() -> new BadOutreachRequest("filter", offered.refusal(name)));
        return new StratumFilter(dimension, text.substring(equals + 1).trim());
    }

    /** A site named by its warehouse id or its name must be one of the person's sites. */
    private void requirePermitted(String site, SiteScope scope) {
        if (scope.allSites()) {
            return;
        }
        boolean permitted = careSites.list().stream()
                .anyMatch(s -> (s.siteKey().equals(site) || s.name().equals(site)) && scope.permits(s.siteKey()));
        if (!permitted) {
            throw new OutsideSiteScope(site);
        }
    }

    private Warehouse warehouse() {
        Warehouse open = warehouse.getIfAvailable();
        if (open == null) {
            throw new IllegalStateException("No warehouse is open: start the web app with 'stratum serve'");
        }
        return open;
    }
}
