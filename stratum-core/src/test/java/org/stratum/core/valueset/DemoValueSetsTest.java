package org.stratum.core.valueset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;

/** The bundled demo lists load and behave; needs no fixtures. */
class DemoValueSetsTest {

    static final List<String> MEASURES = List.of("CMS122", "CMS165", "CMS130", "CMS125", "CMS124", "CMS2",
            "CMS138", "CMS117", "CMS69", "CMS349", "CMS347", "CMS155");

    private static final String ESSENTIAL_HYPERTENSION = "2.16.840.1.113883.3.464.1003.104.12.1011";
    private static final String HBA1C = "2.16.840.1.113883.3.464.1003.198.12.1013";

    private final DemoValueSets demo = DemoValueSets.load();

    @Test
    void loadsOnceAndSharesTheInstance() {
        assertThat(DemoValueSets.load()).isSameAs(demo);
    }

    @Test
    void everyValueSetHasAtLeastOneCode() {
        assertThat(demo.oids()).hasSizeGreaterThan(100);
        assertThat(demo.oids()).allSatisfy(oid -> assertThat(demo.codes(oid)).isNotEmpty());
    }

    @Test
    void everyValueSetHasAName() {
        assertThat(demo.name(ESSENTIAL_HYPERTENSION)).isEqualTo("Essential Hypertension");
        assertThat(demo.oids()).allSatisfy(oid -> assertThat(demo.name(oid)).isNotBlank());
    }

    @Test
    void typicalCodesComeFirst() {
        assertThat(demo.first(HBA1C)).isEqualTo(new Coding(CodeSystems.LOINC, "4548-4",
                "Hemoglobin A1c/Hemoglobin.total in Blood"));
    }

    @Test
    void conditionsCarryBothSnomedAndIcd10Cm() {
        assertThat(demo.codes(ESSENTIAL_HYPERTENSION)).extracting(Coding::system)
                .contains(CodeSystems.SNOMED_CT, CodeSystems.ICD_10_CM);
        assertThat(demo.contains(ESSENTIAL_HYPERTENSION, Coding.of(CodeSystems.ICD_10_CM, "I10"))).isTrue();
    }

    @Test
    void containsMatchesOnSystemAndCodeOnly() {
        assertThat(demo.contains(HBA1C, new Coding(CodeSystems.LOINC, "4548-4", "another display"))).isTrue();
        assertThat(demo.contains(HBA1C, Coding.of(CodeSystems.SNOMED_CT, "4548-4"))).isFalse();
        assertThat(demo.contains(HBA1C, Coding.of(CodeSystems.LOINC, "2345-7"))).isFalse();
    }

    @Test
    void displaysWithCommasSurviveCsvQuoting() {
        assertThat(demo.codes(ESSENTIAL_HYPERTENSION))
                .contains(new Coding(CodeSystems.ICD_10_CM, "I10", "Essential (primary) hypertension"));
        assertThat(demo.codes("2.16.840.1.113762.1.4.1047.21"))
                .extracting(Coding::display)
                .contains("Unspecified atherosclerosis of native arteries of extremities, unspecified extremity");
    }

    @Test
    void codesOfAnUnknownOidThrowUnknownValueSetNamingTheOid() {
        String oid = "2.16.840.1.113883.9.9.9";
        assertThatThrownBy(() -> demo.codes(oid))
                .isInstanceOf(UnknownValueSet.class)
                .hasMessageContaining(oid)
                .satisfies(e -> assertThat(((UnknownValueSet) e).oid()).isEqualTo(oid));
        assertThatThrownBy(() -> demo.first(oid)).isInstanceOf(UnknownValueSet.class);
        assertThatThrownBy(() -> demo.name(oid)).isInstanceOf(UnknownValueSet.class);
        assertThatThrownBy(() -> demo.contains(oid, Coding.of(CodeSystems.LOINC, "4548-4")))
                .isInstanceOf(UnknownValueSet.class);
    }

    @Test
    void listsCannotBeModified() {
        assertThatThrownBy(() -> demo.codes(HBA1C).add(Coding.of(CodeSystems.LOINC, "1-8")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> demo.oids().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noCptCodeAppearsInTheDemoValueSets() {
        assertThat(demo.oids()).allSatisfy(oid -> assertThat(demo.codes(oid))
                .extracting(Coding::system)
                .doesNotContain(CodeSystems.CPT));
    }

    @Test
    void cptOnlyValueSetsListedInTheReadmeHaveNoDemoCodes() {
        Set<String> cptOnly = Readme.cptOnlyOids();
        assertThat(cptOnly).isNotEmpty();
        assertThat(cptOnly).allSatisfy(oid -> assertThatThrownBy(() -> demo.codes(oid))
                .isInstanceOf(UnknownValueSet.class));
    }

    @Test
    void directCodesOfEachMeasureAreNonEmpty() {
        assertThat(demo.measures()).containsExactlyInAnyOrderElementsOf(MEASURES);
        assertThat(MEASURES).allSatisfy(measure -> assertThat(demo.directCodes(measure))
                .isNotEmpty()
                .allSatisfy(code -> assertThat(code.measure()).isEqualTo(measure)));
    }

    @Test
    void directCodesIncludeTheBloodPressureReadingsOfCms165() {
        assertThat(demo.directCodes("CMS165")).extracting(DirectCode::coding).extracting(Coding::code)
                .contains("8480-6", "8462-4");
        assertThat(demo.directCodes("CMS138")).extracting(DirectCode::coding)
                .anySatisfy(c -> assertThat(c.sameCode(Coding.of(CodeSystems.ICD_10_CM, "Z71.6"))).isTrue());
    }

    @Test
    void directCodesOfAnUnknownMeasureAreEmpty() {
        assertThat(demo.directCodes("CMS999")).isEmpty();
    }
}
