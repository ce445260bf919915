package org.stratum.app.workflow.pdsa;

/**
 * One row of a PDSA study as anyone may see it: a value that suppression hides is null.
 *
 * @param label   the stratum, or "Everyone" for the measure's total
 * @param rate    the share meeting the measure, 0 to 1
 * @param low     the lower end of its 95% Wilson interval
 * @param high    the upper end
 */
public record StudyFigure(String label, Long met, Long eligible, Double rate, Double low, Double high, boolean unstable) {

    public boolean hidden() {
        return rate == null;
    }
}
