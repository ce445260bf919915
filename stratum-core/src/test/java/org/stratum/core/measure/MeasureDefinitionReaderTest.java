package org.stratum.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stratum.core.equity.Direction;

/** Definition files are read field by field, and every problem names the file and the field. */
class MeasureDefinitionReaderTest {
    private static final String FLU = """
            id: adults-with-a-flu-shot
            title: Adults with a flu shot
            description: Adults vaccinated against influenza in the period.
            improvement: higher
            codes:
              flu_vaccine: {system: http://hl7.org/fhir/sid/cvx, code: "140"}
            groups:
              - initial_population: SELECT period_id, patient_id FROM patient_period
                denominator: SELECT period_id, patient_id FROM initial_population
                numerator: SELECT period_id, patient_id FROM initial_population
            """;

    private static MeasureDefinition read(String yaml) {
        return MeasureDefinitionReader.readMeasure("flu.yaml", "/home/ana/flu.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aUsersMeasureIsCustomUnverifiedAndNumbersItsGroups() {
        MeasureDefinition measure = read(FLU);

        assertThat(measure.kind()).isEqualTo(MeasureKind.CUSTOM);
        assertThat(measure.status()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(measure.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(measure.groups()).extracting(MeasureGroup::id).containsExactly("1");
        assertThat(measure.groups().get(0).has(Population.DENOMINATOR_EXCLUSION)).isFalse();
        assertThat(measure.codes()).extracting(c -> c.coding().code()).containsExactly("140");
        assertThat(measure.builtIn()).isFalse();
    }

    @Test
    void everyProblemIsReportedWithFileAndField() {
        String broken = FLU.replace("improvement: higher", "improvement: up")
                .replace("    numerator: SELECT period_id, patient_id FROM initial_population\n", "")
                .replace("title: Adults with a flu shot", "title: Adults with a flu shot\ncolour: blue");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidMeasureDefinition.class)
                .satisfies(e -> assertThat(((InvalidMeasureDefinition) e).problems()).containsExactlyInAnyOrder(
                        "flu.yaml: colour: unknown field (known: cms, codes, definitions, description, groups, id,"
                                + " improvement, kind, scoring, status, title, uses, valueSets)",
                        "flu.yaml: improvement: 'up' must be higher or lower (which rate is better)",
                        "flu.yaml: groups[1].numerator: missing; every group has an initial population, a denominator"
                                + " and a numerator"));
    }

    @Test
    void brokenYamlGivesItsLine() {
        assertThatThrownBy(() -> read("id: x\ntitle: [unclosed\n"))
                .hasMessageStartingWith("flu.yaml: not valid YAML").hasMessageContaining("line");
    }

    @Test
    void aValueSetNeedsAnOid() {
        assertThatThrownBy(() -> read(FLU.replace("codes:", "valueSets:\n  diabetes: {oid: diabetes}\ncodes:")))
                .hasMessage("flu.yaml: valueSets.diabetes.oid: 'diabetes' is not an OID");
    }

    @Test
    void aSharedFileMayReadSomeOfItsOwnDefinitionsThroughAndOnlyThose() {
        String shared = """
                shared: flu-pieces
                description: Vaccinations given.
                views: [given]
                definitions:
                  given: SELECT patient_id, code FROM immunization WHERE status = 'completed'
                """;

        assertThat(readShared(shared).views()).containsExactly("given");
        assertThatThrownBy(() -> readShared(shared.replace("views: [given]", "views: [given, refused]")))
                .hasMessage("flu-pieces.yaml: views: 'refused' is not one of this file's definitions");
    }

    private static SharedDefinitions readShared(String yaml) {
        return MeasureDefinitionReader.readShared("flu-pieces.yaml", "/home/ana/flu-pieces.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
