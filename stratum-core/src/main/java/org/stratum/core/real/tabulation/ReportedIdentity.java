package org.stratum.core.real.tabulation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;

/**
 * What one patient's latest asking says, in both standards' terms, ready for any tabulation. Built
 * by {@link AskingRules}.
 *
 * @param categories      OMB 2024 minimum categories named (a 1997 White answer with only MENA detail counts as MENA)
 * @param otherRace       whether "Other Race" (2131-1) was given; not an OMB category
 * @param detailed        detailed groups named
 * @param status          ANSWERED if any category or Other Race was given, else the non-answer
 *                        (declined before asked-but-no-answer before unknown: a decline is a choice,
 *                        and HEDIS counts "unknown" only when nothing was declined)
 * @param ethnicity       the 1997 Hispanic or Latino answer
 * @param ethnicityStatus the non-answer behind {@link Ethnicity1997#NOT_REPORTED}, else ANSWERED
 * @param races           the 1997 races (five; MENA is White there)
 * @param raceStatus      the non-answer when no 1997 race was given, else ANSWERED; a Hispanic-only
 *                        2024 answer has no 1997 race and is UNKNOWN here, never White
 * @param bridged         whether the 2024 view was derived from 1997 answers (MENA may be undercounted)
 */
public record ReportedIdentity(String patientId, Set<OmbCategory> categories, boolean otherRace,
                               List<DetailedGroup> detailed, ResponseStatus status, Ethnicity1997 ethnicity,
                               ResponseStatus ethnicityStatus, Set<OmbCategory> races, ResponseStatus raceStatus,
                               boolean bridged) {

    public ReportedIdentity {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        races = races.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(races));
        detailed = List.copyOf(detailed);
    }

    /** A patient with no answer at all on record: unknown to both standards. */
    public static ReportedIdentity unknown(String patientId) {
        return new ReportedIdentity(patientId, Set.of(), false, List.of(), ResponseStatus.UNKNOWN,
                Ethnicity1997.NOT_REPORTED, ResponseStatus.UNKNOWN, Set.of(), ResponseStatus.UNKNOWN, false);
    }

    /** The 1997 race count, with Other Race counted as a race as the Census does. */
    public int raceCount1997() {
        return races.size() + (otherRace ? 1 : 0);
    }
}
