package org.stratum.app.workflow.pdsa;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.efforts.EffortMeasures;
import org.stratum.app.workflow.efforts.EquityAim;
import org.stratum.core.equity.compare.GroupCount;
import org.stratum.core.equity.rate.ConfidenceInterval;
import org.stratum.core.equity.rate.ConfidenceLevel;
import org.stratum.core.equity.suppression.ComplementarySuppression;
import org.stratum.core.equity.suppression.MeasureCells;
import org.stratum.core.equity.suppression.PublishedRate;
import org.stratum.core.equity.suppression.PublishedTable;
import org.stratum.core.equity.suppression.StratifiedMeasureTable;
import org.stratum.core.equity.suppression.SuppressedTable;
import org.stratum.core.equity.suppression.SuppressionPolicy;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.engine.equity.MeasureStrata;
import org.stratum.engine.equity.MeasureTotals;

/**
 * Pulls a PDSA study's before-and-after numbers from the computed measure results: the same strata,
 * the same suppression (CMS policy, complementary) and the same 95% Wilson intervals as the measure
 * pages, so a count of 1 to 10 is never shown here either.
 */
@Component
public class PdsaStudy {
    private static final SuppressionPolicy POLICY = SuppressionPolicy.CMS;

    private final EffortMeasures measures;

    PdsaStudy(EffortMeasures measures) {
        this.measures = measures;
    }

    public StudyNumbers numbers(EquityAim aim, PdsaCycle cycle) {
        Optional<MeasureTotals> totals = measures.totals();
        Optional<MeasureStrata> strata = measures.strata();
        Optional<MeasureDefinition> measure = measures.find(aim.measureId());
        if (totals.isEmpty() || strata.isEmpty()) {
            return StudyNumbers.unavailable("No warehouse is open, so there are no measure results to study.");
        }
        if (measure.isEmpty()) {
            return StudyNumbers.unavailable("The measure '" + aim.measureId() + "' is no longer in the library.");
        }
        List<MeasurementPeriod> computed = totals.get().computedPeriods().stream()
                .filter(period -> totals.get().computedMeasures(period).contains(aim.measureId())).toList();
        LocalDate ranUntil = cycle.endsOn() == null ? cycle.startsOn() : cycle.endsOn();
        // Computed periods come latest end first, so the first match is the latest of its kind.
        Optional<MeasurementPeriod> before = computed.stream().filter(p -> p.end().isBefore(cycle.startsOn())).findFirst();
        Optional<MeasurementPeriod> after = computed.stream().filter(p -> !p.end().isBefore(ranUntil)).findFirst();
        StudyPeriod beforeFigures = before.map(p -> figures(strata.get(), measure.get(), p, aim)).orElse(null);
        StudyPeriod afterFigures = after.map(p -> figures(strata.get(), measure.get(), p, aim)).orElse(null);
        String note = before.isEmpty() ? "No computed period of " + measure.get().displayName()
                + " ends before the change started; compute an earlier one (stratum measures run --trend)."
                : after.isEmpty() ? "No computed period of " + measure.get().displayName() + " ends after " + ranUntil
                + " yet; compute a later one once the data is in." : null;
        return new StudyNumbers(beforeFigures, afterFigures, note);
    }

    private static StudyPeriod figures(MeasureStrata strata, MeasureDefinition measure, MeasurementPeriod period,
                                       EquityAim aim) {
        List<GroupCount> counts = strata.count(measure, period, aim.dimension())
                .getOrDefault(measure.groups().get(0).id(), List.of());
        if (counts.isEmpty()) {
            return new StudyPeriod(period, null, null);
        }
        PublishedTable.Builder builder = PublishedTable.builder();
        MeasureCells cells = StratifiedMeasureTable.add(builder, "measure", counts.stream().map(GroupCount::group).toList(),
                counts.stream().mapToLong(GroupCount::numerator).toArray(),
                counts.stream().mapToLong(GroupCount::denominator).toArray());
        SuppressedTable suppressed = new ComplementarySuppression(POLICY).apply(builder.build());
        List<PublishedRate> published = PublishedRate.rows(suppressed, cells);
        StudyFigure stratum = null;
        for (int row = 0; row < counts.size(); row++) {
            if (counts.get(row).group().equalsIgnoreCase(aim.stratum())) {
                stratum = figure(published.get(row), counts.get(row));
            }
        }
        GroupCount total = new GroupCount("Everyone", counts.stream().mapToLong(GroupCount::numerator).sum(),
                counts.stream().mapToLong(GroupCount::denominator).sum());
        return new StudyPeriod(period, stratum, figure(published.get(cells.totalRow()), total));
    }

    private static StudyFigure figure(PublishedRate shown, GroupCount counts) {
        if (shown.rate().isEmpty()) {
            return new StudyFigure(counts.group(), box(shown.numerator()), box(shown.denominator()), null, null, null,
                    false);
        }
        ConfidenceInterval interval = counts.proportion().wilson(ConfidenceLevel.NINETY_FIVE);
        return new StudyFigure(counts.group(), box(shown.numerator()), box(shown.denominator()), shown.rate().getAsDouble(),
                interval.lower(), interval.upper(), shown.unstable());
    }

    private static Long box(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
