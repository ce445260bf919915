package org.stratum.engine.export.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.stratum.engine.warehouse.Warehouse;

/**
 * Writes the warehouse's patients as FHIR R4 US Core Patients, one per line ({@code Patient.ndjson}):
 * name, sex, birth and death dates, home ZIP, and every race and ethnicity answer
 * ({@link RaceEthnicityExtensions}). Imputed (BISG) probabilities are never exported: they are not a
 * patient's race.
 */
public final class FhirPatientExport {
    public static final String FILE_NAME = "Patient.ndjson";
    private static final String US_CORE_PATIENT = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient";

    private final Warehouse warehouse;

    public FhirPatientExport(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Writes {@code folder/Patient.ndjson} (replacing it) and returns how many Patients it holds. */
    public long writeTo(Path folder) {
        IParser json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
        Path file = folder.resolve(FILE_NAME);
        Path partial = folder.resolve(FILE_NAME + ".partial");
        long written = 0;
        try {
            Files.createDirectories(folder);
            // Two connections: the two ordered results are read side by side, merged on patient_id.
            try (Connection forPatients = warehouse.connect();
                 Connection forAnswers = warehouse.connect();
                 BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 Statement patients = forPatients.createStatement();
                 Statement answers = forAnswers.createStatement();
                 ResultSet patient = patients.executeQuery("""
                         SELECT patient_id, min(family_name), min(given_name), min(birth_date), min(death_date),
                                min(sex), min(zip)
                         FROM patient GROUP BY patient_id ORDER BY patient_id""");
                 ResultSet answer = answers.executeQuery("""
                         SELECT patient_id, question, response, system, code, display, omb_category, detailed,
                                write_in, reporting_source, recorded_on, collected_via
                         FROM patient_race_ethnicity
                         ORDER BY patient_id, recorded_on NULLS FIRST, question, detailed, code""")) {
                boolean more = answer.next();
                while (patient.next()) {
                    String id = patient.getString(1);
                    while (more && answer.getString(1).compareTo(id) < 0) {
                        more = answer.next();
                    }
                    List<RealAnswerRow> rows = new ArrayList<>();
                    while (more && answer.getString(1).equals(id)) {
                        rows.add(row(answer));
                        more = answer.next();
                    }
                    out.write(json.encodeResourceToString(resource(patient, rows)));
                    out.newLine();
                    written++;
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading patients from the warehouse failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static RealAnswerRow row(ResultSet r) throws SQLException {
        Date recorded = r.getDate(11);
        return new RealAnswerRow(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getBoolean(8), r.getString(9), r.getString(10),
                recorded == null ? null : recorded.toLocalDate(), r.getString(12));
    }

    private static Patient resource(ResultSet p, List<RealAnswerRow> answers) throws SQLException {
        Patient patient = new Patient();
        patient.setId(p.getString(1));
        patient.getMeta().addProfile(US_CORE_PATIENT);
        RaceEthnicityExtensions.of(answers).forEach(patient::addExtension);
        if (p.getString(2) != null || p.getString(3) != null) {
            var name = patient.addName().setFamily(p.getString(2));
            if (p.getString(3) != null) {
                name.addGiven(p.getString(3));
            }
        }
        String sex = p.getString(6);
        if (sex != null) {
            patient.setGender(switch (sex) {
                case "female" -> AdministrativeGender.FEMALE;
                case "male" -> AdministrativeGender.MALE;
                case "other" -> AdministrativeGender.OTHER;
                default -> AdministrativeGender.UNKNOWN;
            });
        }
        if (p.getDate(4) != null) {
            patient.setBirthDateElement(new DateType(p.getDate(4).toLocalDate().toString()));
        }
        if (p.getDate(5) != null) {
            patient.setDeceased(new DateTimeType(p.getDate(5).toLocalDate().toString()));
        }
        if (p.getString(7) != null) {
            patient.addAddress().setUse(AddressUse.HOME).setPostalCode(p.getString(7));
        }
        return patient;
    }
}
