package org.stratum.engine.real.census;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.RealTabulation;
import org.stratum.core.real.tabulation.ReportedIdentity;
import org.stratum.core.real.tabulation.ReportingSourceFilter;
import org.stratum.core.real.tabulation.TabulationMethod;
import org.stratum.engine.real.RealCompleteness;
import org.stratum.engine.real.RealPopulation;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The patients with a visit in the period beside the census composition of where they live. A patient
 * is compared when their race and ethnicity (self-reported or staff-observed, read with the core's
 * rules) is an answer and their ZIP code's first five digits are a ZCTA of the census table. The
 * census share of a category is the average, over the compared patients, of that category's share of
 * their ZCTA's population: the composition the patients would have if each were like their
 * neighbourhood.
 *
 * <p>A census table of adults (such as the CFPB's, 2020 DHC table P11: 18 and over) is compared with
 * adult patients only: those 18 or over at the period's end (patients without a birth date are left
 * out then). A table of all ages is compared with every patient.
 */
public final class CensusComparison {
    /** The group of all patients, listed last. */
    public static final String ALL = "All patients";
    /** The age from which the census counts people as adults. */
    public static final int ADULT_AGE = 18;

    private final Warehouse warehouse;

    public CensusComparison(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param bySite     one group per attributed site followed by all patients; otherwise all patients only
     * @param adultsOnly only patients 18 or over at the period's end, for a census table of adults
     * @return the groups, or empty when no census table is loaded
     */
    public Optional<List<CensusGroup>> compare(MeasurementPeriod period, boolean bySite, boolean adultsOnly) {
        if (new CensusTable(warehouse).zctas() == 0) {
            return Optional.empty();
        }
        RealTabulation tabulation = new RealTabulation(CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()),
                ReportingSourceFilter.selfReportedOrObserved());
        Map<String, Tally> tallies = new TreeMap<>();
        Tally all = new Tally();
        try (Connection connection = warehouse.connect()) {
            RealPopulation.create(connection, period);
            Map<String, RealPopulation.Site> sites = RealPopulation.sites(connection, period);
            Map<String, double[]> shares = zctaShares(connection);
            Map<String, String> zctas = patientZctas(connection);
            Map<String, LocalDate> births = birthDates(connection);
            LocalDate adultBornBy = period.end().minusYears(ADULT_AGE);
            RealPopulation.answersByPatient(connection, (patient, answers) -> {
                LocalDate born = births.get(patient);
                if (adultsOnly && (born == null || born.isAfter(adultBornBy))) {
                    return;
                }
                ReportedIdentity identity = tabulation.identities(List.of(patient), answers).get(patient);
                Optional<CensusCategory> category = TabulationMethod.HISPANIC_THEN_RACE_1997.strataOf(identity).stream()
                        .map(s -> CensusCategory.ofStratum(s.key())).flatMap(Optional::stream).findFirst();
                double[] share = shares.get(zctas.get(patient));
                all.add(category, share);
                if (bySite) {
                    RealPopulation.Site site = sites.get(patient);
                    tallies.computeIfAbsent(site == null ? RealCompleteness.NO_SITE : site.name(), k -> new Tally())
                            .add(category, share);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare patients with the census: " + e.getMessage(), e);
        }
        List<CensusGroup> groups = new ArrayList<>();
        tallies.forEach((label, tally) -> groups.add(tally.group(label)));
        groups.add(all.group(ALL));
        return Optional.of(groups);
    }

    /** Each ZCTA's share of its population in each category; ZCTAs with nobody are left out. */
    private static Map<String, double[]> zctaShares(Connection connection) throws SQLException {
        Map<String, double[]> shares = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + CensusTable.TABLE
                     + " WHERE zcta IN (SELECT DISTINCT left(p.zip, 5) FROM patient p JOIN completeness_population USING (patient_id))")) {
            while (rows.next()) {
                double[] population = new double[CensusCategory.values().length];
                for (CensusCategory category : CensusCategory.values()) {
                    population[category.ordinal()] = rows.getDouble(category.name().toLowerCase());
                }
                CensusTable.Zcta zcta = new CensusTable.Zcta(rows.getString("zcta"), population);
                double total = zcta.total();
                if (total > 0) {
                    for (int i = 0; i < population.length; i++) {
                        population[i] /= total;
                    }
                    shares.put(zcta.zcta(), population);
                }
            }
        }
        return shares;
    }

    private static Map<String, LocalDate> birthDates(Connection connection) throws SQLException {
        Map<String, LocalDate> births = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.patient_id, any_value(p.birth_date)
                     FROM completeness_population c JOIN patient p USING (patient_id)
                     WHERE p.birth_date IS NOT NULL GROUP BY c.patient_id""")) {
            while (rows.next()) {
                births.put(rows.getString(1), rows.getDate(2).toLocalDate());
            }
        }
        return births;
    }

    private static Map<String, String> patientZctas(Connection connection) throws SQLException {
        Map<String, String> zctas = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.patient_id, left(any_value(p.zip), 5)
                     FROM completeness_population c JOIN patient p USING (patient_id)
                     WHERE p.zip IS NOT NULL GROUP BY c.patient_id""")) {
            while (rows.next()) {
                zctas.put(rows.getString(1), rows.getString(2));
            }
        }
        return zctas;
    }

    private static final class Tally {
        long population;
        final Map<CensusCategory, Long> patients = new EnumMap<>(CensusCategory.class);
        final double[] censusShareSum = new double[CensusCategory.values().length];

        void add(Optional<CensusCategory> category, double[] share) {
            population++;
            if (category.isEmpty() || share == null) {
                return;
            }
            patients.merge(category.get(), 1L, Long::sum);
            for (int i = 0; i < share.length; i++) {
                censusShareSum[i] += share[i];
            }
        }

        CensusGroup group(String label) {
            long compared = patients.values().stream().mapToLong(Long::longValue).sum();
            Map<CensusCategory, Double> censusShare = new EnumMap<>(CensusCategory.class);
            if (compared > 0) {
                for (CensusCategory category : CensusCategory.values()) {
                    censusShare.put(category, censusShareSum[category.ordinal()] / compared);
                }
            }
            return new CensusGroup(label, population, patients, censusShare);
        }
    }
}
