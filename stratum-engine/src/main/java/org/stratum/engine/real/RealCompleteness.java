package org.stratum.engine.real;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.CdcHierarchy;
import org.stratum.engine.equity.ViewCache;
import org.stratum.engine.equity.WarehouseState;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Counts, among patients with a visit (an encounter, not cancelled or entered in error) in a period,
 * how complete their REAL data is ({@link CompletenessIndicator}), grouped one way. Race and
 * ethnicity are read by {@link PatientCompleteness} with the core's rules; a self-reported preferred
 * language is {@code language_response = 'answered'} from {@code language_reporting_source =
 * 'self-reported'} with a code.
 */
public final class RealCompleteness {
    /** A group for patients the grouping has no value for. */
    public static final String NO_SITE = "no site attributed";
    public static final String NO_SOURCE = "no source";

    private final Warehouse warehouse;
    private final CdcHierarchy hierarchy;

    public RealCompleteness(Warehouse warehouse) {
        this(warehouse, CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()));
    }

    RealCompleteness(Warehouse warehouse, CdcHierarchy hierarchy) {
        this.warehouse = warehouse;
        this.hierarchy = hierarchy;
    }

    /** The groups in label order (months in time order); no group for a value nobody has. */
    public List<CompletenessGroup> count(MeasurementPeriod period, CompletenessGrouping grouping) {
        // Kept per warehouse state (imports and kiosk answers change it): at a million patients a count
        // reads every answer, for about a minute, and the Data quality page asks for the same few.
        try (Connection connection = warehouse.connect()) {
            return ViewCache.of(warehouse).get(WarehouseState.of(warehouse, period), new Asked(period, grouping),
                    () -> List.copyOf(count(connection, period, grouping)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count REAL completeness: " + e.getMessage(), e);
        }
    }

    /** What a count is kept under, besides the warehouse state. */
    private record Asked(MeasurementPeriod period, CompletenessGrouping grouping) {
    }

    private List<CompletenessGroup> count(Connection connection, MeasurementPeriod period, CompletenessGrouping grouping)
            throws SQLException {
        RealPopulation.create(connection, period);
        Map<String, Boolean> language = new HashMap<>();
        Map<String, String> source = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.patient_id,
                            coalesce(bool_or(p.language_response = 'answered'
                                             AND p.language_reporting_source = 'self-reported'
                                             AND p.preferred_language IS NOT NULL), false),
                            min(p.source)
                     FROM completeness_population c LEFT JOIN patient p USING (patient_id)
                     GROUP BY c.patient_id""")) {
            while (rows.next()) {
                language.put(rows.getString(1), rows.getBoolean(2));
                source.put(rows.getString(1), rows.getString(3) == null ? NO_SOURCE : rows.getString(3));
            }
        }
        Set<String> imputed = imputed(connection);
        Map<String, RealPopulation.Site> site = grouping == CompletenessGrouping.SITE
                ? RealPopulation.sites(connection, period) : Map.of();
        Map<String, List<LocalDate>> months = grouping == CompletenessGrouping.MONTH ? months(connection) : Map.of();

        Map<String, Tally> tallies = new TreeMap<>();
        PatientCompleteness reader = new PatientCompleteness(hierarchy);
        RaceEthnicityAnswers.byPatient(connection, "completeness_population", (patient, answers) -> {
            boolean languageReported = language.getOrDefault(patient, false);
            if (grouping == CompletenessGrouping.MONTH) {
                for (LocalDate month : months.getOrDefault(patient, List.of())) {
                    LocalDate asOf = YearMonth.from(month).atEndOfMonth();
                    PatientCompleteness.Reading reading = reader.read(patient, answers, asOf);
                    tallies.computeIfAbsent(YearMonth.from(month).toString(), k -> new Tally())
                            .add(reading, languageReported, imputed.contains(patient));
                }
                return;
            }
            PatientCompleteness.Reading reading = reader.read(patient, answers, null);
            String group = switch (grouping) {
                case SITE -> site.containsKey(patient) ? site.get(patient).name() : NO_SITE;
                case SOURCE -> source.getOrDefault(patient, NO_SOURCE);
                case CHANNEL -> reading.channel();
                case MONTH -> throw new IllegalStateException("months are counted above");
            };
            tallies.computeIfAbsent(group, k -> new Tally()).add(reading, languageReported, imputed.contains(patient));
        });
        List<CompletenessGroup> groups = new ArrayList<>();
        tallies.forEach((label, tally) -> groups.add(new CompletenessGroup(label, tally.patients, tally.counts)));
        return groups;
    }

    /** The population's patients with BISG probabilities (stratum real bisg). */
    private static Set<String> imputed(Connection connection) throws SQLException {
        Set<String> imputed = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT patient_id FROM completeness_population JOIN patient_race_imputed USING (patient_id)")) {
            while (rows.next()) {
                imputed.add(rows.getString(1));
            }
        }
        return imputed;
    }

    private static Map<String, List<LocalDate>> months(Connection connection) throws SQLException {
        Map<String, List<LocalDate>> months = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT patient_id, month FROM completeness_visit ORDER BY month")) {
            while (rows.next()) {
                months.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getDate(2).toLocalDate());
            }
        }
        return months;
    }

    private static final class Tally {
        long patients;
        final Map<CompletenessIndicator, Long> counts = new EnumMap<>(CompletenessIndicator.class);

        void add(PatientCompleteness.Reading reading, boolean languageReported, boolean imputed) {
            patients++;
            counts.merge(reading.status(), 1L, Long::sum);
            if (languageReported) {
                counts.merge(CompletenessIndicator.SELF_REPORTED_LANGUAGE, 1L, Long::sum);
            }
            if (reading.otherRace()) {
                counts.merge(CompletenessIndicator.OTHER_RACE, 1L, Long::sum);
            }
            if (imputed && reading.status() != CompletenessIndicator.SELF_REPORTED) {
                counts.merge(CompletenessIndicator.IMPUTED_ONLY, 1L, Long::sum);
            }
        }
    }
}
