package org.stratum.engine.real;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ReportingSource;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.tabulation.Question;
import org.stratum.core.real.tabulation.RaceEthnicityAnswer;
import org.stratum.core.terminology.Coding;

/** Reads the warehouse's race and ethnicity answers as the REAL tabulation rules take them. */
public final class RaceEthnicityAnswers {
    private static final String COLUMNS = "question, response, system, code, display, omb_category, detailed, write_in,"
            + " reporting_source, recorded_on, collected_via";

    private RaceEthnicityAnswers() {
    }

    public static List<RaceEthnicityAnswer> all(Connection connection) throws SQLException {
        List<RaceEthnicityAnswer> answers = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT patient_id, " + COLUMNS + " FROM patient_race_ethnicity")) {
            while (rows.next()) {
                answers.add(answer(rows));
            }
        }
        return answers;
    }

    /**
     * The answers of every patient in {@code populationTable} (a table or view with a
     * {@code patient_id} column), one patient at a time in id order, so that a population of any size
     * is read without holding all its answers at once. A patient with no answer gets an empty list.
     * The table name is the caller's own, never user input.
     */
    public static void byPatient(Connection connection, String populationTable,
            BiConsumer<String, List<RaceEthnicityAnswer>> patient) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT p.patient_id, " + COLUMNS + " FROM " + populationTable
                     + " p LEFT JOIN patient_race_ethnicity USING (patient_id) ORDER BY p.patient_id")) {
            String current = null;
            List<RaceEthnicityAnswer> answers = new ArrayList<>();
            while (rows.next()) {
                String id = rows.getString(1);
                if (!id.equals(current)) {
                    if (current != null) {
                        patient.accept(current, answers);
                        answers = new ArrayList<>();
                    }
                    current = id;
                }
                if (rows.getString(2) != null) {
                    answers.add(answer(rows));
                }
            }
            if (current != null) {
                patient.accept(current, answers);
            }
        }
    }

    private static RaceEthnicityAnswer answer(ResultSet rows) throws SQLException {
        String system = rows.getString(4);
        String code = rows.getString(5);
        String category = rows.getString(7);
        String source = rows.getString(10);
        Date recorded = rows.getDate(11);
        return new RaceEthnicityAnswer(rows.getString(1), Question.fromCode(rows.getString(2)),
                ResponseStatus.fromCode(rows.getString(3)),
                system == null || code == null ? null : new Coding(system, code, rows.getString(6)),
                category == null ? null : OmbCategory.fromKey(category), rows.getBoolean(8), rows.getString(9),
                source == null ? null : ReportingSource.fromCode(source),
                recorded == null ? null : recorded.toLocalDate(), rows.getString(12));
    }
}
