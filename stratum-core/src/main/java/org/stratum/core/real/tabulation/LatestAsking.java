package org.stratum.core.real.tabulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.real.ResponseStatus;

/**
 * Picks, per patient, the answers a tabulation uses: those of the latest asking. An asking is the
 * set of answers recorded on one day (ticking three boxes gives three rows of the same day). Only
 * answers the {@link ReportingSourceFilter} admits take part, so with "self-reported only" a later
 * staff guess never hides an earlier self-report.
 *
 * <p>An "unknown" row records that nothing is known, not that the patient was asked, so it never makes
 * a later asking than one with an answer, a decline or an asked-but-no-answer; a patient whose rows
 * are all unknown has them as the latest asking. A later decline does replace an earlier answer: the
 * patient's latest choice stands. Rows without a date count as the oldest.
 */
public final class LatestAsking {
    private LatestAsking() {
    }

    /** The latest asking of every patient with at least one admitted answer, in first-seen order. */
    public static Map<String, List<RaceEthnicityAnswer>> byPatient(Collection<RaceEthnicityAnswer> answers,
                                                                    ReportingSourceFilter filter) {
        Map<String, List<RaceEthnicityAnswer>> admitted = new LinkedHashMap<>();
        for (RaceEthnicityAnswer answer : answers) {
            if (filter.admits(answer)) {
                admitted.computeIfAbsent(answer.patientId(), id -> new ArrayList<>()).add(answer);
            }
        }
        admitted.replaceAll((patient, rows) -> latest(rows));
        return admitted;
    }

    /** The answers of the latest asking among one patient's rows. */
    public static List<RaceEthnicityAnswer> latest(List<RaceEthnicityAnswer> rows) {
        LocalDate asked = null;
        LocalDate any = null;
        for (RaceEthnicityAnswer row : rows) {
            LocalDate day = day(row);
            any = any == null || day.isAfter(any) ? day : any;
            if (row.response() != ResponseStatus.UNKNOWN && (asked == null || day.isAfter(asked))) {
                asked = day;
            }
        }
        LocalDate chosen = asked != null ? asked : any;
        return rows.stream().filter(row -> day(row).equals(chosen)).toList();
    }

    private static LocalDate day(RaceEthnicityAnswer row) {
        return row.recordedOn() == null ? LocalDate.MIN : row.recordedOn();
    }
}
