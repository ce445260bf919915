package org.stratum.core.real.tabulation;

import java.util.EnumSet;
import java.util.Set;
import org.stratum.core.real.ReportingSource;

/**
 * Which answers a tabulation counts, by who gave them. Self-report is the standard; NCQA's HEDIS
 * race/ethnicity stratification reports direct (self-reported) and indirect (imputed) data
 * separately, and imputed values are for population estimates only, so imputed answers are never
 * mixed in unless asked for.
 *
 * <p>An answer whose source was not recorded counts under no filter: nobody can vouch that it was
 * self-reported. Non-answers (asked but no answer, declined, unknown) are always kept whatever their
 * source, because they are what the explicit non-answer strata count.
 */
public record ReportingSourceFilter(Set<ReportingSource> sources) {

    public ReportingSourceFilter {
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    }

    public static ReportingSourceFilter selfReportedOnly() {
        return new ReportingSourceFilter(EnumSet.of(ReportingSource.SELF_REPORTED));
    }

    public static ReportingSourceFilter selfReportedOrObserved() {
        return new ReportingSourceFilter(EnumSet.of(ReportingSource.SELF_REPORTED, ReportingSource.STAFF_OBSERVED));
    }

    public static ReportingSourceFilter of(ReportingSource first, ReportingSource... rest) {
        return new ReportingSourceFilter(EnumSet.of(first, rest));
    }

    public boolean admits(RaceEthnicityAnswer answer) {
        return !answer.answered() || (answer.source() != null && sources.contains(answer.source()));
    }
}
