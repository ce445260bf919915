package org.stratum.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in library and the ties a user's files must keep with it. */
class MeasureLibraryTest {
    private static final MeasureLibrary LIBRARY = MeasureLibrary.builtIn();

    @TempDir
    Path temp;

    @Test
    void measuresAnswerToOurIdTheirCmsIdAndTheirCmsNumber() {
        MeasureDefinition byId = LIBRARY.require("controlling-high-blood-pressure");

        assertThat(LIBRARY.require("CMS165")).isSameAs(byId);
        assertThat(LIBRARY.require("cms165v13")).isSameAs(byId);
        assertThat(byId.cmsNumber()).contains("CMS165");
        assertThat(byId.builtIn()).isTrue();
    }

    @Test
    void anUnknownNameListsTheKnownMeasures() {
        assertThatThrownBy(() -> LIBRARY.require("CMS999"))
                .isInstanceOf(UnknownMeasure.class)
                .hasMessageContaining("There is no measure called 'CMS999'")
                .hasMessageContaining("controlling-high-blood-pressure (CMS165)");
    }

    @Test
    void aMeasureReadsTheValueSetsOfItsSharedDefinitionsToo() {
        MeasureDefinition cms165 = LIBRARY.require("CMS165");

        assertThat(LIBRARY.sharedFor(cms165)).extracting(SharedDefinitions::name).first().isEqualTo("qicore");
        assertThat(LIBRARY.valueSetsFor(cms165)).extracting(ValueSetReference::name)
                .contains("essential_hypertension", "office_visit", "hospice_encounter", "frailty_device");
    }

    @Test
    void everyBuiltInEcqmHasACmsIdAndEveryMeasureADirection() {
        assertThat(LIBRARY.measures()).allSatisfy(m -> {
            assertThat(m.direction()).isNotNull();
            if (m.kind() == MeasureKind.ECQM) {
                assertThat(m.cmsId()).matches("CMS\\d+v\\d+");
            }
        });
    }

    @Test
    void aValueSetNameMustKeepItsMeaning() throws IOException {
        Path file = Files.writeString(temp.resolve("mine.yaml"), """
                id: mine
                title: Mine
                description: Reuses a built-in value-set name for another OID.
                improvement: higher
                valueSets:
                  office_visit: {oid: 1.2.3.4, title: Not the office visit}
                groups:
                  - initial_population: SELECT period_id, patient_id FROM patient_period
                    denominator: SELECT period_id, patient_id FROM initial_population
                    numerator: SELECT period_id, patient_id FROM initial_population
                """);

        assertThatThrownBy(() -> LIBRARY.withDefinitionFiles(java.util.List.of(file)))
                .hasMessageContaining(file + ": valueSets.office_visit: the name already means "
                        + "2.16.840.1.113883.3.464.1003.101.12.1001");
    }

    @Test
    void aUserMeasureCannotTakeABuiltInId() throws IOException {
        Path file = Files.writeString(temp.resolve("copy.yaml"), """
                id: controlling-high-blood-pressure
                title: Copy
                description: Same id as a built-in measure.
                improvement: higher
                uses: [no-such-piece]
                groups:
                  - initial_population: SELECT period_id, patient_id FROM patient_period
                    denominator: SELECT period_id, patient_id FROM initial_population
                    numerator: SELECT period_id, patient_id FROM initial_population
                """);

        assertThatThrownBy(() -> LIBRARY.withDefinitionFiles(java.util.List.of(file)))
                .isInstanceOf(InvalidMeasureDefinition.class)
                .hasMessageContaining(file + ": id: 'controlling-high-blood-pressure' is already the id of")
                .hasMessageContaining(file + ": uses: there are no shared definitions called 'no-such-piece'");
    }
}
