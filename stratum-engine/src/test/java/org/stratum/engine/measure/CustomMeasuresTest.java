package org.stratum.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.measure.InvalidMeasureDefinition;
import org.stratum.core.measure.MeasureDefinition;
import org.stratum.core.measure.MeasureLibrary;
import org.stratum.core.measure.MeasurementPeriod;
import org.stratum.core.measure.VerificationStatus;
import org.stratum.engine.warehouse.DataDirectory;
import org.stratum.engine.warehouse.Warehouse;

/** Measures a user adds are checked against the warehouse, and their logic can only read. */
class CustomMeasuresTest {
    @TempDir
    static Path temp;
    private static Warehouse warehouse;

    private static final String GOOD = """
            id: adults-with-a-flu-shot
            title: Adults with a flu shot in the period
            description: Adults seen in the period who had an influenza immunization.
            improvement: higher
            uses: [qicore]
            codes:
              flu_vaccine: {system: http://hl7.org/fhir/sid/cvx, code: "140"}
            groups:
              - title: Adults vaccinated
                initial_population: |
                  SELECT period_id, patient_id FROM patient_period WHERE age_at_end >= 18
                denominator: |
                  SELECT period_id, patient_id FROM initial_population
                numerator: |
                  SELECT mp.period_id, i.patient_id
                  FROM immunization i
                  JOIN vs_flu_vaccine v ON v.system = i.system AND v.code = i.code
                  JOIN measurement_period mp ON CAST(i.occurrence_time AS DATE) BETWEEN mp.period_start AND mp.period_end
                  WHERE i.status = 'completed'
            """;

    @BeforeAll
    static void loadPopulation() {
        warehouse = SyntheticWarehouse.withPatients(temp, 300);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void aSoundMeasureIsAddedUnverifiedAndComputes() throws IOException {
        DataDirectory data = DataDirectory.at(temp.resolve("data"));
        Path file = Files.writeString(temp.resolve("flu.yaml"), GOOD);

        MeasureDefinition added = CustomMeasures.add(file, data, warehouse);
        MeasureLibrary library = CustomMeasures.load(data, warehouse);
        MeasureRun run = new MeasureRunner(warehouse, library).run(List.of(library.require("adults-with-a-flu-shot")),
                List.of(MeasurementPeriod.calendarYear(2025)), RunListener.SILENT);

        assertThat(added.status()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(added.displayName()).endsWith("(unverified)");
        assertThat(Files.exists(data.measuresFolder().resolve("flu.yaml"))).isTrue();
        assertThat(run.outcomes().get(0).counts().get(0).denominator()).isPositive();
    }

    @Test
    void logicThatWritesIsRefusedAndNothingChanges() throws IOException {
        long patients = warehouse.summary().patients();
        Path file = Files.writeString(temp.resolve("evil.yaml"), GOOD.replace("id: adults-with-a-flu-shot", "id: evil")
                .replace("SELECT period_id, patient_id FROM patient_period WHERE age_at_end >= 18", "DELETE FROM patient"));

        assertThatThrownBy(() -> CustomMeasures.check(file, MeasureLibrary.builtIn(), warehouse))
                .isInstanceOf(InvalidMeasureDefinition.class)
                .hasMessageContaining("evil.yaml: groups[1].initial_population: is not a SELECT");
        assertThat(warehouse.summary().patients()).isEqualTo(patients);
    }

    @Test
    void anUnknownColumnAndAnUnknownValueSetAreNamedWithTheirPlace() throws IOException {
        Path file = Files.writeString(temp.resolve("typos.yaml"), GOOD.replace("id: adults-with-a-flu-shot", "id: typos")
                .replace("WHERE age_at_end >= 18", "WHERE age_at_ends >= 18")
                .replace("JOIN vs_flu_vaccine v", "JOIN vs_flu_vacine v"));

        assertThatThrownBy(() -> CustomMeasures.check(file, MeasureLibrary.builtIn(), warehouse))
                .isInstanceOf(InvalidMeasureDefinition.class)
                .satisfies(e -> assertThat(((InvalidMeasureDefinition) e).problems()).anySatisfy(p -> assertThat(p)
                                .startsWith(file + ": groups[1].initial_population").contains("age_at_ends"))
                        .anySatisfy(p -> assertThat(p).startsWith(file + ": groups[1].numerator")
                                .contains("unknown value set or code 'flu_vacine'")));
    }

    @Test
    void aUserFileCannotClaimToBeVerified() throws IOException {
        Path file = Files.writeString(temp.resolve("claims.yaml"), GOOD.replace("id: adults-with-a-flu-shot",
                "id: claims\nstatus: verified"));

        assertThatThrownBy(() -> CustomMeasures.check(file, MeasureLibrary.builtIn(), warehouse))
                .hasMessageContaining("claims.yaml: status: only built-in measures are verified");
    }
}
