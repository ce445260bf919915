package org.stratum.engine.real;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.CdcHierarchy;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The patients with a visit in the period whose REAL data should be asked for again ({@link
 * ReaskReason}), read with the same rules as {@link RealCompleteness}. Patient-level: the caller
 * limits it to the sites its user may see.
 */
public final class ReaskList {
    /** Default age, in years, after which a self-reported answer is asked for again. */
    public static final int DEFAULT_STALE_YEARS = 3;

    private final Warehouse warehouse;
    private final CdcHierarchy hierarchy;

    public ReaskList(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.hierarchy = CdcCodeTree.of(CdcRaceEthnicityCodeSet.load());
    }

    /**
     * @param asOf        the day staleness is measured from (usually today)
     * @param staleYears  a self-reported asking before {@code asOf} minus this many years is stale
     * @param siteAllowed which sites' patients may be listed, by warehouse site id; it is given null
     *                    for patients without an attributed site
     * @return the patients in site name then patient id order
     */
    public List<ReaskPatient> list(MeasurementPeriod period, LocalDate asOf, int staleYears,
                                   Predicate<String> siteAllowed) {
        if (staleYears < 1) {
            throw new IllegalArgumentException("the years after which an answer is stale must be at least 1, not "
                    + staleYears);
        }
        LocalDate staleBefore = asOf.minusYears(staleYears);
        try (Connection connection = warehouse.connect()) {
            RealPopulation.create(connection, period);
            Map<String, RealPopulation.Site> sites = RealPopulation.sites(connection, period);
            Map<String, PatientRow> patients = patients(connection);
            PatientCompleteness reader = new PatientCompleteness(hierarchy);
            List<ReaskPatient> listed = new ArrayList<>();
            RaceEthnicityAnswers.byPatient(connection, "completeness_population", (id, answers) -> {
                RealPopulation.Site site = sites.getOrDefault(id, new RealPopulation.Site(null, RealCompleteness.NO_SITE));
                if (!siteAllowed.test(site.id())) {
                    return;
                }
                PatientCompleteness.Reading reading = reader.read(id, answers, null);
                PatientRow patient = patients.getOrDefault(id, PatientRow.NONE);
                EnumSet<ReaskReason> reasons = EnumSet.noneOf(ReaskReason.class);
                CompletenessIndicator status = reading.status();
                if (status == CompletenessIndicator.SELF_REPORTED || status == CompletenessIndicator.DECLINED) {
                    if (reading.selfReportedOn() == null || reading.selfReportedOn().isBefore(staleBefore)) {
                        reasons.add(ReaskReason.RACE_ETHNICITY_STALE);
                    }
                } else {
                    reasons.add(ReaskReason.RACE_ETHNICITY_NOT_SELF_REPORTED);
                }
                if (!patient.languageSelfReported()) {
                    reasons.add(ReaskReason.LANGUAGE_NOT_SELF_REPORTED);
                }
                if (!reasons.isEmpty()) {
                    listed.add(new ReaskPatient(id, patient.familyName(), patient.givenName(), patient.birthDate(),
                            site.id(), site.name(), status, reading.selfReportedOn(), patient.languageSelfReported(),
                            reasons));
                }
            });
            listed.sort(Comparator.comparing(ReaskPatient::siteName).thenComparing(ReaskPatient::patientId));
            return listed;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list patients to re-ask: " + e.getMessage(), e);
        }
    }

    private record PatientRow(String familyName, String givenName, LocalDate birthDate, boolean languageSelfReported) {
        static final PatientRow NONE = new PatientRow(null, null, null, false);
    }

    private static Map<String, PatientRow> patients(Connection connection) throws SQLException {
        Map<String, PatientRow> patients = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.patient_id, any_value(p.family_name), any_value(p.given_name), any_value(p.birth_date),
                            coalesce(bool_or(p.language_response = 'answered'
                                             AND p.language_reporting_source = 'self-reported'
                                             AND p.preferred_language IS NOT NULL), false)
                     FROM completeness_population c LEFT JOIN patient p USING (patient_id)
                     GROUP BY c.patient_id""")) {
            while (rows.next()) {
                java.sql.Date born = rows.getDate(4);
                patients.put(rows.getString(1), new PatientRow(rows.getString(2), rows.getString(3),
                        born == null ? null : born.toLocalDate(), rows.getBoolean(5)));
            }
        }
        return patients;
    }
}
