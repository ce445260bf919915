package org.stratum.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.web.measures.MonitorPage;
import org.stratum.app.web.measures.MonitorPoint;
import org.stratum.app.web.measures.StratumMonitor;

/**
 * A measure's Monitor as the page shows it: each stratum shown with its rolling twelve-month points
 * (counts rounded to ten, everything computed from them), its Laney p′ chart, Making Data Count summary,
 * gap from the reference stratum and change annotations; the strata not shown are only named.
 * Proportions, not percentages; a line that does not exist is null.
 */
public record MonitorJson(String measure, String group, String by, int points, String reference,
        List<String> hidden, List<Stratum> strata) {

    public record Stratum(String stratum, boolean reference, String variation, String assurance,
            @JsonProperty("runs_signals") List<Boolean> runsSignals, List<Point> points, List<Annotation> annotations) {
    }

    public record Point(String end, long eligible, long met, Double rate, Double centre, Double lower, Double upper,
            int phase, String variation, Double difference, @JsonProperty("difference_ci_low") Double differenceCiLow,
            @JsonProperty("difference_ci_high") Double differenceCiHigh) {
    }

    public record Annotation(String date, String label, String link, String dimension, String stratum,
            @JsonProperty("starts_new_phase") boolean startsNewPhase) {
    }

    static MonitorJson of(MonitorPage page) {
        return new MonitorJson(page.measure().id(), page.group().id(), page.dimension().parameter(), page.pointCount(),
                page.reference(), page.hidden(), page.strata().stream().map(MonitorJson::stratum).toList());
    }

    private static Stratum stratum(StratumMonitor monitor) {
        return new Stratum(monitor.stratum(), monitor.reference(), code(monitor.variation()), code(monitor.assurance()),
                monitor.runsSignals(), monitor.points().stream().map(MonitorJson::point).toList(),
                monitor.annotations().stream().map(MonitorJson::annotation).toList());
    }

    private static Point point(MonitorPoint p) {
        return new Point(p.end().toString(), p.eligible(), p.met(), p.rate(), p.centre(), p.lower(), p.upper(), p.phase(),
                code(p.variation()), p.difference(), p.differenceLow(), p.differenceHigh());
    }

    private static Annotation annotation(ChartAnnotation a) {
        return new Annotation(a.date().toString(), a.label(), a.link(), a.dimension(), a.stratum(), a.startsNewPhase());
    }

    /** {@code SPECIAL_CAUSE_CONCERN} as {@code special-cause-concern}. */
    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
