package org.stratum.engine.real;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.tabulation.CdcHierarchy;
import org.stratum.core.real.tabulation.LatestAsking;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.core.real.tabulation.RealTabulation;
import org.stratum.core.real.tabulation.ReportedIdentity;
import org.stratum.core.real.tabulation.ReportingSourceFilter;
import org.stratum.core.real.tabulation.TabulationMethod;

/**
 * How complete one patient's race and ethnicity data is, read with the core's tabulation rules
 * ({@link RealTabulation}: latest asking, {@code AskingRules}), never with rules of its own.
 *
 * <ul>
 *   <li>Self-reported: the patient's identity read from self-reported answers (and non-answers) only
 *       is answered. A later staff guess never hides an earlier self-report.</li>
 *   <li>Staff-observed only: not self-reported, but answered once staff-observed answers count too
 *       (the sources the gap scan uses; imputed answers never count).</li>
 *   <li>Otherwise the non-answer of that reading: asked but no answer, declined, or unknown (nothing
 *       on record, imputed only, or answers whose source was not recorded).</li>
 *   <li>Other Race: the reading with staff-observed answers is "Other Race only", no OMB category.</li>
 *   <li>Channel: the {@code collected_via} of the answers of that reading's latest asking
 *       (several joined with " + "); "none recorded" when there are none.</li>
 * </ul>
 */
final class PatientCompleteness {
    static final String NO_CHANNEL = "none recorded";
    private static final String OTHER_RACE_ONLY = "OTHER_RACE_ONLY";

    private final RealTabulation selfReported;
    private final RealTabulation selfReportedOrObserved;

    PatientCompleteness(CdcHierarchy hierarchy) {
        this.selfReported = new RealTabulation(hierarchy, ReportingSourceFilter.selfReportedOnly());
        this.selfReportedOrObserved = new RealTabulation(hierarchy, ReportingSourceFilter.selfReportedOrObserved());
    }

    /**
     * @param selfReportedOn the day of the latest asking read from self-reported answers and
     *                       non-answers; null when there is none or it has no date
     */
    record Reading(CompletenessIndicator status, boolean otherRace, String channel, LocalDate selfReportedOn) {
    }

    /** The reading of one patient's answers recorded by {@code asOf} (null: all of them). */
    Reading read(String patientId, List<RaceEthnicityAnswer> answers, LocalDate asOf) {
        List<RaceEthnicityAnswer> known = asOf == null ? answers : answers.stream()
                .filter(a -> a.recordedOn() == null || !a.recordedOn().isAfter(asOf)).toList();
        ReportedIdentity own = identity(selfReported, patientId, known);
        ReportedIdentity withObserved = identity(selfReportedOrObserved, patientId, known);
        CompletenessIndicator status = own.status() == ResponseStatus.ANSWERED ? CompletenessIndicator.SELF_REPORTED
                : withObserved.status() == ResponseStatus.ANSWERED ? CompletenessIndicator.STAFF_OBSERVED_ONLY
                : switch (withObserved.status()) {
                    case ASKED_NO_ANSWER -> CompletenessIndicator.ASKED_NO_ANSWER;
                    case DECLINED -> CompletenessIndicator.DECLINED;
                    default -> CompletenessIndicator.UNKNOWN;
                };
        boolean otherRace = TabulationMethod.MULTIRACIAL_AND_OR_MULTIETHNIC.strataOf(withObserved).stream()
                .anyMatch(s -> OTHER_RACE_ONLY.equals(s.key()));
        return new Reading(status, otherRace, channel(known), selfReportedOn(known));
    }

    private static ReportedIdentity identity(RealTabulation tabulation, String patientId, List<RaceEthnicityAnswer> answers) {
        return tabulation.identities(List.of(patientId), answers).get(patientId);
    }

    private static LocalDate selfReportedOn(List<RaceEthnicityAnswer> answers) {
        List<RaceEthnicityAnswer> latest = LatestAsking.latest(answers.stream()
                .filter(ReportingSourceFilter.selfReportedOnly()::admits).toList());
        return latest.isEmpty() ? null : latest.get(0).recordedOn();
    }

    private static String channel(List<RaceEthnicityAnswer> answers) {
        Map<String, List<RaceEthnicityAnswer>> latest =
                LatestAsking.byPatient(answers, ReportingSourceFilter.selfReportedOrObserved());
        TreeSet<String> channels = new TreeSet<>();
        latest.values().forEach(rows -> rows.forEach(r -> {
            if (r.collectedVia() != null && !r.collectedVia().isBlank()) {
                channels.add(r.collectedVia());
            }
        }));
        return channels.isEmpty() ? NO_CHANNEL : String.join(" + ", channels);
    }
}
