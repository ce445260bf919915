package org.stratum.engine.real;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.engine.measure.PeriodAttribution;

/**
 * The patients every REAL data quality view counts: those with a visit in the period (an encounter,
 * not cancelled or entered in error). On a connection it makes {@code completeness_visit (patient_id,
 * month)} and {@code completeness_population (patient_id)}, and tells each one's site.
 */
public final class RealPopulation {
    /** A care site as the warehouse names it; {@code id} is null for "no site attributed". */
    public record Site(String id, String name) {
    }

    private RealPopulation() {
    }

    public static void create(Connection connection, MeasurementPeriod period) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE completeness_visit (patient_id VARCHAR, month DATE)");
            statement.execute("CREATE OR REPLACE TEMP TABLE completeness_population (patient_id VARCHAR)");
        }
        try (PreparedStatement visits = connection.prepareStatement("""
                INSERT INTO completeness_visit
                SELECT DISTINCT patient_id, CAST(date_trunc('month', start_time) AS DATE)
                FROM encounter
                WHERE start_time >= ? AND start_time < ?
                  AND coalesce(status, '') NOT IN ('cancelled', 'entered-in-error')""")) {
            visits.setDate(1, Date.valueOf(period.start()));
            visits.setDate(2, Date.valueOf(period.end().plusDays(1)));
            visits.execute();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO completeness_population SELECT DISTINCT patient_id FROM completeness_visit");
        }
    }

    /**
     * Each patient's site in the period as the measure results carry it (the attribution overlapping
     * the period that started latest), named by the site's name when known; patients without one are
     * left out.
     */
    public static Map<String, Site> sites(Connection connection, MeasurementPeriod period) throws SQLException {
        PeriodAttribution.create(connection, List.of(period));
        Map<String, Site> sites = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT a.patient_id, a.site_id, coalesce(any_value(s.name), a.site_id) AS site
                     FROM period_attribution a JOIN completeness_population p USING (patient_id)
                     LEFT JOIN care_site s ON s.site_id = a.site_id
                     WHERE a.site_id IS NOT NULL
                     GROUP BY a.patient_id, a.site_id""")) {
            while (rows.next()) {
                sites.put(rows.getString(1), new Site(rows.getString(2), rows.getString(3)));
            }
        }
        return sites;
    }

    /** The race and ethnicity answers of each patient of the population made by {@link #create}. */
    public static void answersByPatient(Connection connection, BiConsumer<String, List<RaceEthnicityAnswer>> patient)
            throws SQLException {
        RaceEthnicityAnswers.byPatient(connection, "completeness_population", patient);
    }
}
