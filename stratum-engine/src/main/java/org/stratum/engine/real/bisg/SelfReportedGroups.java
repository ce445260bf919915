package org.stratum.engine.real.bisg;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.bisg.BisgGroup;
import org.stratum.core.real.tabulation.CdcCodeTree;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.core.real.tabulation.RealTabulation;
import org.stratum.core.real.tabulation.ReportedIdentity;
import org.stratum.core.real.tabulation.ReportingSourceFilter;
import org.stratum.engine.real.RaceEthnicityAnswers;

/**
 * Each patient's self-reported group in the six BISG groups, read from their latest self-reported
 * asking by the REAL tabulation rules. A patient absent from the map has no self-report to go by.
 */
final class SelfReportedGroups {
    private SelfReportedGroups() {
    }

    /** Every patient's. */
    static Map<String, BisgGroup> read(Connection connection) throws SQLException {
        List<String> patients = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT patient_id FROM patient")) {
            while (rows.next()) {
                patients.add(rows.getString(1));
            }
        }
        return groups(patients, RaceEthnicityAnswers.all(connection));
    }

    /**
     * The patients' of {@code populationTable} (the caller's own table with a {@code patient_id} column,
     * never user input) only: an estimate reads the answers of the measure's eligible patients, not of all.
     */
    static Map<String, BisgGroup> read(Connection connection, String populationTable) throws SQLException {
        List<String> patients = new ArrayList<>();
        List<RaceEthnicityAnswer> answers = new ArrayList<>();
        RaceEthnicityAnswers.byPatient(connection, populationTable, (patient, own) -> {
            patients.add(patient);
            answers.addAll(own);
        });
        return groups(patients, answers);
    }

    private static Map<String, BisgGroup> groups(List<String> patients, List<RaceEthnicityAnswer> answers) {
        RealTabulation tabulation = new RealTabulation(CdcCodeTree.of(CdcRaceEthnicityCodeSet.load()),
                ReportingSourceFilter.selfReportedOnly());
        Map<String, BisgGroup> groups = new HashMap<>();
        for (ReportedIdentity identity : tabulation.identities(patients, answers).values()) {
            BisgGroup.ofSelfReport(identity).ifPresent(group -> groups.put(identity.patientId(), group));
        }
        return groups;
    }
}
