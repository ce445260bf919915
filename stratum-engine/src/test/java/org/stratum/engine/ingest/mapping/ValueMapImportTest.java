package org.stratum.engine.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.ingest.Importer.ImportOutcome;

/** Each kind of value map turns local values into the warehouse's standard ones, with their companions. */
class ValueMapImportTest {
    @TempDir
    Path temp;
    private MappingFixture fixture;

    @BeforeEach
    void open() {
        fixture = new MappingFixture(temp);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void importPatients(String columns, String valueMaps, String... lines) {
        fixture.mapping("""
                stratum-mapping: 1
                value-maps:
                %s
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns:
                          patient_id: MRN
                %s
                """.formatted(valueMaps.indent(2).stripTrailing(), columns.indent(10).stripTrailing()))
                .file("patients.csv", lines);
        ImportOutcome outcome = fixture.run();
        assertThat(outcome.rejects()).isEmpty();
    }

    @Test
    void raceAndEthnicityLabelsBecomeCdcCodesWithTheirCategoryAndNonAnswersStayData() {
        fixture.mapping("""
                stratum-mapping: 1
                value-maps:
                  race:
                    kind: race-ethnicity
                    values:
                      "Hispanic/Latino": 2135-2
                      "Asian - Chinese": 2034-7
                      Iranian: 2121-2
                      Declined: declined
                      "Asked, no answer": asked-no-answer
                      Unknown: unknown
                      "": unknown
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN }
                      - table: patient_race_ethnicity
                        columns:
                          patient_id: MRN
                          question: { value: combined }
                          code: { column: RACE, split: ";", map: race }
                          reporting_source: { value: self-reported }
                """).file("patients.csv", "MRN,RACE", "p1,Hispanic/Latino; asian - chinese", "p2,DECLINED", "p3,",
                "p4,\"Asked, no answer\"", "p5,Iranian");

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT patient_id, response, system, code, display, omb_category, detailed, reporting_source"
                + " FROM patient_race_ethnicity ORDER BY patient_id, code")).containsExactly(
                "p1|answered|urn:oid:2.16.840.1.113883.6.238|2034-7|Chinese|ASIAN|true|self-reported",
                "p1|answered|urn:oid:2.16.840.1.113883.6.238|2135-2|Hispanic or Latino|HISPANIC|false|self-reported",
                "p2|declined|http://terminology.hl7.org/CodeSystem/data-absent-reason|asked-declined|Asked But Declined|null|false|self-reported",
                "p3|unknown|http://terminology.hl7.org/CodeSystem/v3-NullFlavor|UNK|unknown|null|false|null",
                "p4|asked-no-answer|http://terminology.hl7.org/CodeSystem/v3-NullFlavor|ASKU|asked but unknown|null|false|self-reported",
                "p5|answered|urn:oid:2.16.840.1.113883.6.238|2121-2|Iranian|MENA|true|self-reported");
    }

    @Test
    void cdcCodesInTheExtractNeedNoMap() {
        fixture.mapping("""
                stratum-mapping: 1
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN }
                  - file: race.csv
                    tables:
                      - table: patient_race_ethnicity
                        columns: { patient_id: MRN, question: { value: race }, code: RACE_CODE }
                """).file("patients.csv", "MRN", "p1", "p2").file("race.csv", "MRN,RACE_CODE", "p1,2054-5", "p1,2118-8",
                "p2,UNK");

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT patient_id, code, omb_category, detailed, response FROM patient_race_ethnicity"
                + " ORDER BY patient_id, code")).containsExactly("p1|2054-5|BLACK|false|answered",
                "p1|2118-8|MENA|false|answered", "p2|UNK|null|false|unknown");
    }

    @Test
    void languageNamesBecomeBcp47TagsAndDeclinedLeavesTheLanguageEmpty() {
        importPatients("""
                preferred_language: { column: LANGUAGE, map: language }
                language_reporting_source: { value: self-reported }
                """, """
                language:
                  kind: language
                  values: { Spanish: es, Cantonese: yue, Mandarin: cmn, Chinese (Taiwan): zh-tw, Declined: declined, "": unknown }
                """, "MRN,LANGUAGE", "p1,spanish", "p2,Cantonese", "p3,Mandarin", "p4,Chinese (Taiwan)", "p5,Declined", "p6,");

        assertThat(fixture.rows("SELECT patient_id, preferred_language, language_response, language_reporting_source"
                + " FROM patient ORDER BY patient_id")).containsExactly("p1|es|answered|self-reported",
                "p2|yue|answered|self-reported", "p3|cmn|answered|self-reported", "p4|zh-TW|answered|self-reported",
                "p5|null|declined|self-reported", "p6|null|unknown|null");
    }

    @Test
    void sexLabelsAndClosedValuesAreTranslatedOrPassedInTheirOwnCase() {
        importPatients("""
                sex: { column: SEX, map: sex }
                interpreter_needed: INTERPRETER
                """, """
                sex:
                  kind: values
                  values: { F: female, M: male, X: other, "": unknown }
                """, "MRN,SEX,INTERPRETER", "p1,F,Yes", "p2,m,NO", "p3,,unknown", "p4,X,");

        assertThat(fixture.rows("SELECT patient_id, sex, interpreter_needed FROM patient ORDER BY patient_id"))
                .containsExactly("p1|female|yes", "p2|male|no", "p3|unknown|unknown", "p4|other|null");
    }

    @Test
    void visitTypesBecomeCodesWithSystemAndDisplay() {
        fixture.mapping("""
                stratum-mapping: 1
                value-maps:
                  visit-type:
                    kind: code
                    system: snomed
                    values:
                      OV-EST: { code: 185463005, display: Office visit }
                      TELE: 185317003
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN }
                  - file: visits.csv
                    tables:
                      - table: encounter
                        columns:
                          encounter_id: ID
                          patient_id: MRN
                          status: { value: finished }
                          code: { column: TYPE, map: visit-type }
                """).file("patients.csv", "MRN", "p1").file("visits.csv", "ID,MRN,TYPE", "v1,p1,OV-EST", "v2,p1,tele");

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT encounter_id, system, code, display FROM encounter ORDER BY 1")).containsExactly(
                "v1|http://snomed.info/sct|185463005|Office visit", "v2|http://snomed.info/sct|185317003|null");
    }

    @Test
    void payerNamesBecomePayerTypesWithTheirSourceOfPaymentCodeAndKeepTheLocalName() {
        fixture.mapping("""
                stratum-mapping: 1
                value-maps:
                  payer:
                    kind: payer
                    values:
                      MEDI-CAL HMO: { payer-type: medi-cal, code: "21", display: Medicaid (Managed Care) }
                      SELF PAY: uninsured
                files:
                  - file: patients.csv
                    tables:
                      - table: patient
                        columns: { patient_id: MRN }
                      - table: coverage
                        columns:
                          coverage_id: MRN
                          patient_id: MRN
                          payer_type: { column: PAYER, map: payer }
                """).file("patients.csv", "MRN,PAYER", "p1,Medi-Cal HMO", "p2,SELF PAY");

        assertThat(fixture.run().rejects()).isEmpty();
        assertThat(fixture.rows("SELECT patient_id, payer_type, system, code, display, payer_name FROM coverage ORDER BY 1"))
                .containsExactly("p1|medi-cal|https://nahdo.org/sopt|21|Medicaid (Managed Care)|Medi-Cal HMO",
                        "p2|uninsured|https://nahdo.org/sopt|81|Self-pay (Includes applicants for insurance and Medicaid"
                                + " applicants)|SELF PAY");
    }
}
