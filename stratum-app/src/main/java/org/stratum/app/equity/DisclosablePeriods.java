package org.stratum.app.equity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stratum.core.measure.MeasurementPeriod;

/**
 * The computed periods whose exact, suppressed counts may be published side by side: no two of them
 * overlap. Two overlapping periods (the rolling twelve-month points share eleven months) would let
 * anyone subtract one table from the other and learn how many patients entered or left a stratum in a
 * month, often 1 to 10 even when both tables are large. Calendar years are kept first, latest first,
 * then any other period, latest first, that overlaps none kept. Rolling points are followed on the
 * Monitor, which rounds its counts.
 */
public final class DisclosablePeriods {
    private DisclosablePeriods() {
    }

    /** The periods to publish, latest first. */
    public static List<MeasurementPeriod> of(List<MeasurementPeriod> computed) {
        Comparator<MeasurementPeriod> latestFirst = Comparator.comparing(MeasurementPeriod::end).reversed();
        List<MeasurementPeriod> kept = new ArrayList<>();
        computed.stream().filter(DisclosablePeriods::calendarYear).sorted(latestFirst).forEach(p -> keepIfApart(kept, p));
        computed.stream().filter(p -> !calendarYear(p)).sorted(latestFirst).forEach(p -> keepIfApart(kept, p));
        kept.sort(latestFirst);
        return List.copyOf(kept);
    }

    /** The period kept that a period asked for overlaps, to name in a refusal. */
    public static MeasurementPeriod overlapping(MeasurementPeriod asked, List<MeasurementPeriod> disclosable) {
        return disclosable.stream().filter(p -> overlap(p, asked)).findFirst().orElse(null);
    }

    private static void keepIfApart(List<MeasurementPeriod> kept, MeasurementPeriod period) {
        if (!kept.contains(period) && kept.stream().noneMatch(k -> overlap(k, period))) {
            kept.add(period);
        }
    }

    private static boolean overlap(MeasurementPeriod a, MeasurementPeriod b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private static boolean calendarYear(MeasurementPeriod period) {
        return period.start().getDayOfYear() == 1 && period.start().plusYears(1).minusDays(1).equals(period.end());
    }
}
