package org.stratum.core.equity.spc;

/**
 * A stretch of the chart with one centre line and one set of limits: the whole chart, or the part
 * before or after a change was introduced.
 *
 * @param number the phase's number, from 0
 * @param first its first point's index
 * @param last its last point's index, inclusive
 * @param runs the runs analysis of its points
 */
public record ChartPhase(int number, int first, int last, RunsAnalysis runs) {

    public int size() {
        return last - first + 1;
    }
}
