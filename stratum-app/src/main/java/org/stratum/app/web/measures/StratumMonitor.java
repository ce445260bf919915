package org.stratum.app.web.measures;

import java.util.List;
import org.stratum.app.annotations.ChartAnnotation;
import org.stratum.app.annotations.ChartTarget;
import org.stratum.core.equity.spc.Assurance;
import org.stratum.core.equity.spc.Variation;

/**
 * One stratum on the Monitor: its points, its control chart, the Making Data Count summary, the gap
 * from the reference stratum and the change annotations that concern it.
 *
 * @param target      the aim the assurance is judged against, or null when no one set one
 * @param runsSignals for each SPC phase, whether Anhøj's runs rules signal non-random variation
 * @param reference   whether this is the stratum the others' gaps are measured from
 * @param gap         the gap chart, null for the reference itself
 */
public record StratumMonitor(String stratum, String anchor, List<MonitorPoint> points, Variation variation,
        Assurance assurance, ChartTarget target, List<Boolean> runsSignals, boolean reference, List<ChartAnnotation> annotations,
        SpcChart chart, GapChart gap) {

    public boolean anyRunsSignal() {
        return runsSignals.contains(true);
    }
}
