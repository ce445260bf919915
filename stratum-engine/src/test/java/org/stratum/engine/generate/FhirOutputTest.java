package org.stratum.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.core.real.RealFhirExtensions;

/** The FHIR output is valid R4 by HAPI FHIR's strict parser, and every reference resolves. */
class FhirOutputTest {
    @TempDir
    static Path temp;
    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Set<String> IDS = new HashSet<>();
    private static final List<IBaseResource> RESOURCES = new java.util.ArrayList<>();

    @BeforeAll
    static void generateAndParse() throws IOException {
        new PopulationGenerator(new GeneratorSettings(400, 13, temp, OutputFormat.FHIR,
                GeneratorSettings.DEFAULT_HISTORY_END, 3, 2)).run(n -> { });
        IParser parser = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try (Stream<Path> files = Files.list(temp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    IBaseResource resource = parser.parseResource(line);
                    assertThat(file.getFileName().toString()).startsWith(resource.fhirType() + ".");
                    IDS.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
                    RESOURCES.add(resource);
                }
            }
        }
    }

    @Test
    void everyLineIsAStrictlyValidResourceOfItsFilesType() {
        assertThat(RESOURCES).hasSizeGreaterThan(10_000);
        assertThat(IDS).hasSize(RESOURCES.size());
    }

    @Test
    void everyReferencePointsAtAResourceInTheOutput() {
        for (IBaseResource resource : RESOURCES) {
            for (Reference reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                if (reference.getReference() != null) {
                    assertThat(IDS).as("%s in %s", reference.getReference(), resource.getIdElement().getIdPart())
                            .contains(reference.getReference());
                }
            }
        }
    }

    @Test
    void patientsCarryUsCoreRaceEthnicityLanguageAndInterpreterNeed() {
        List<Patient> patients = RESOURCES.stream().filter(Patient.class::isInstance).map(Patient.class::cast).toList();
        assertThat(patients).hasSize(400).allSatisfy(p -> {
            assertThat(p.getExtensionByUrl(RealFhirExtensions.US_CORE_RACE)).isNotNull();
            assertThat(p.getExtensionByUrl(RealFhirExtensions.US_CORE_ETHNICITY)).isNotNull();
            assertThat(p.getExtensionByUrl(RealFhirExtensions.US_CORE_INTERPRETER_NEEDED)).isNotNull();
            assertThat(p.getExtensionByUrl(RealFhirExtensions.US_CORE_RACE).getExtensionByUrl("text")).isNotNull();
        });
        assertThat(patients).anySatisfy(p -> assertThat(p.getCommunicationFirstRep().getLanguage().getCodingFirstRep()
                .getCode()).isEqualTo("es"));
        Extension race = patients.stream().map(p -> p.getExtensionByUrl(RealFhirExtensions.US_CORE_RACE))
                .filter(e -> e.getExtensionByUrl("ombCategory") != null).findFirst().orElseThrow();
        assertThat(race.getExtensionByUrl("ombCategory").getValue().getExtension())
                .extracting(Extension::getUrl).contains(RealFhirExtensions.RECORDED, RealFhirExtensions.QUESTION);
    }
}
