package org.stratum.app.workflow.pdsa;

/**
 * The numbers a PDSA study reads: the effort's measure for its stratum and for everyone in the
 * latest computed period that ended before the change started, and in the latest computed period
 * that ended after it ran. Either may be missing, and then {@code note} says why.
 */
public record StudyNumbers(StudyPeriod before, StudyPeriod after, String note) {

    static StudyNumbers unavailable(String why) {
        return new StudyNumbers(null, null, why);
    }
}
