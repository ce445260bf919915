package org.stratum.app.equity;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureGroup;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureTotals;
import org.stratum.engine.equity.StrataQuery;
import org.stratum.engine.equity.StrataRequest;
import org.stratum.engine.equity.StratifyingDimension;
import org.stratum.engine.equity.Stratum;
import org.stratum.engine.equity.UnknownDimensionValue;
import org.stratum.engine.equity.WarehouseMeasureTotals;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Builds stratified views for the command line, the API and the Explore page alike: checks each
 * parameter and names the one that is wrong, counts in the warehouse ({@link StrataQuery}), and
 * computes the statistics once, as the measure pages do ({@link StratumTable}, {@link DisparitySummary}).
 * Views are of a measure's first group, the one its score is reported for.
 */
public final class StrataViews {
    private final MeasureLibrary library;
    private final MeasureTotals totals;
    private final StrataQuery query;
    private final OfferedDimensions offered;

    public StrataViews(MeasureLibrary library, Warehouse warehouse, OfferedDimensions offered) {
        this.library = library;
        this.totals = new WarehouseMeasureTotals(warehouse);
        this.query = new StrataQuery(warehouse);
        this.offered = offered;
    }

    /** The dimensions a view may be by or filtered on: the optional ones only when turned on. */
    public List<StratifyingDimension> dimensions() {
        return offered.all();
    }

    public StrataView build(StrataParameters asked) {
        MeasureDefinition measure = measure(asked.measure());
        MeasureGroup group = measure.groups().get(0);
        MeasurementPeriod period = period(measure, asked.period(), asked.suppress());
        List<StratifyingDimension> by = by(asked.by());
        Map<StratifyingDimension, Set<String>> filters = filters(asked.filters());
        List<Stratum> strata;
        try {
            strata = query.count(new StrataRequest(measure.id(), group.id(), period, by, filters));
        } catch (UnknownDimensionValue e) {
            throw new BadStrataParameter("filter", e.getMessage() + ".");
        }
        StratumReference reference = reference(asked.reference(), strata);
        List<GroupCount> counts = strata.stream().map(Stratum::count).toList();
        StratumTable table = StratumTable.of(counts, measure.direction(), reference, asked.suppress());
        return new StrataView(measure, group, period, by, filters, reference, asked.suppress(), strata, table,
                DisparitySummary.of(counts, table.rows(), measure.direction()));
    }

    /** The measures computed for at least one period, in library order. */
    public List<MeasureDefinition> computedMeasures() {
        Set<String> computed = new LinkedHashSet<>();
        totals.computedPeriods().forEach(p -> computed.addAll(totals.computedMeasures(p)));
        return library.measures().stream().filter(m -> computed.contains(m.id())).toList();
    }

    /** The periods a measure was computed for, latest first. */
    public List<MeasurementPeriod> computedPeriods(MeasureDefinition measure) {
        return totals.computedPeriods(measure.id());
    }

    /** Of those, the ones suppressed views are published for: no two overlap ({@link DisclosablePeriods}). */
    public List<MeasurementPeriod> periods(MeasureDefinition measure) {
        return DisclosablePeriods.of(computedPeriods(measure));
    }

    /**
     * The values some dimensions take among a measure's eligible patients in a period, for filters, with
     * their labels, read together.
     */
    public Map<StratifyingDimension, Map<String, String>> values(MeasureDefinition measure, MeasurementPeriod period,
            List<StratifyingDimension> dimensions) {
        return query.values(measure.id(), measure.groups().get(0).id(), period, dimensions);
    }

    public MeasureDefinition measure(String id) {
        if (id == null || id.isBlank()) {
            throw new BadStrataParameter("measure", "Say which measure to stratify, by its id or CMS id.");
        }
        return library.find(id.trim()).orElseThrow(() -> BadStrataParameter.unknownMeasure(id.trim()));
    }

    /** The period asked for, which must be one suppressed views are published for, or the latest of those. */
    public MeasurementPeriod period(MeasureDefinition measure, String asked) {
        return period(measure, asked, true);
    }

    /**
     * The period asked for, or the latest: any computed period for an unsuppressed view (an analyst's
     * own), only a published one for a suppressed view.
     */
    private MeasurementPeriod period(MeasureDefinition measure, String asked, boolean suppressed) {
        List<MeasurementPeriod> computed = computedPeriods(measure);
        List<MeasurementPeriod> offered = suppressed ? DisclosablePeriods.of(computed) : computed;
        if (asked == null || asked.isBlank()) {
            if (offered.isEmpty()) {
                throw new BadStrataParameter("measure", measure.id() + " has not been computed yet; run"
                        + " 'stratum measures run --measure " + measure.id() + "' first.");
            }
            return offered.get(0);
        }
        MeasurementPeriod period;
        try {
            period = MeasurementPeriod.parse(asked.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadStrataParameter("period", "'" + asked + "' is not a period: write START/END, e.g."
                    + " 2025-01-01/2025-12-31, or a year such as 2025.");
        }
        if (!computed.contains(period)) {
            throw new BadStrataParameter("period", measure.id() + " has not been computed for " + period
                    + "; run 'stratum measures run --period " + period + "' first.");
        }
        if (!offered.contains(period)) {
            throw new BadStrataParameter("period", period + " overlaps " + DisclosablePeriods.overlapping(period, offered)
                    + ", which is published: subtracting the tables of overlapping periods could reveal counts of 1 to"
                    + " 10. Follow rolling periods on the measure's Monitor (rounded counts), or, as an analyst"
                    + " working locally, with 'stratum stratify --no-suppress'.");
        }
        return period;
    }

    private List<StratifyingDimension> by(List<String> names) {
        List<StratifyingDimension> by = new ArrayList<>();
        for (String name : names) {
            StratifyingDimension dimension = dimension("by", name);
            if (by.contains(dimension)) {
                throw new BadStrataParameter("by", "'" + name + "' is named twice; stratify by two different dimensions.");
            }
            by.add(dimension);
        }
        if (by.isEmpty() || by.size() > 2) {
            throw new BadStrataParameter("by", "Stratify by one or two dimensions, not " + by.size() + "; use "
                    + String.join(", ", dimensions().stream().map(StratifyingDimension::parameter).toList()) + ".");
        }
        return by;
    }

    private Map<StratifyingDimension, Set<String>> filters(List<String> asked) {
        Map<StratifyingDimension, Set<String>> filters = new LinkedHashMap<>();
        for (String filter : asked) {
            int equals = filter.indexOf('=');
            if (equals < 1 || equals == filter.length() - 1) {
                throw new BadStrataParameter("filter", "'" + filter + "' is not a filter: write DIM=VALUE, e.g. site=S1.");
            }
            StratifyingDimension dimension = dimension("filter", filter.substring(0, equals).trim());
            filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>()).add(filter.substring(equals + 1));
        }
        return filters;
    }

    private StratifyingDimension dimension(String parameter, String name) {
        return offered.find(name).orElseThrow(() -> new BadStrataParameter(parameter, offered.refusal(name)));
    }

    /** An option by name, or a stratum by its label or its values joined with commas. */
    private static StratumReference reference(String asked, List<Stratum> strata) {
        if (asked == null || asked.isBlank()) {
            return StratumReference.of(ReferenceOption.REST);
        }
        return ReferenceOption.fromParameter(asked.trim()).map(StratumReference::of)
                .or(() -> strata.stream().filter(s -> s.label().equals(asked) || String.join(",", s.key()).equals(asked))
                        .findFirst().map(s -> StratumReference.named(s.label())))
                .orElseThrow(() -> new BadStrataParameter("reference", "'" + asked + "' is neither best, largest,"
                        + " overall or rest, nor a stratum of this view."));
    }
}
