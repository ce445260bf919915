package org.stratum.engine.generate.clinical;

import java.util.List;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;
import org.stratum.core.valueset.DemoValueSets;

/**
 * Every code the generator writes. Codes that the measures look up through a value set come from
 * the product's demo code lists (by OID, so a generated record always falls in the value set);
 * codes the measures name directly, and codes no measure reads, are written here.
 */
public final class ClinicalCodes {
    // Encounters
    final Coding officeVisit;
    final Coding pediatricVisit;
    final Coding preventiveVisit;
    final Coding medicareWellnessVisit;
    final Coding telephoneVisit;
    final Coding hospiceEncounter;
    final Coding palliativeEncounter;
    final Coding frailtyEncounter;
    // Conditions
    final List<Coding> hypertension;
    final List<Coding> diabetes;
    final List<Coding> pregnancy;
    final List<Coding> endStageRenalDisease;
    final List<Coding> advancedIllness;
    final List<Coding> frailtyDiagnosis;
    final List<Coding> hospiceDiagnosis;
    final List<Coding> palliativeDiagnosis;
    final List<Coding> bipolarDisorder;
    final List<Coding> hiv;
    final List<Coding> ascvd;
    final List<Coding> familialHypercholesterolemia;
    final List<Coding> historyOfBilateralMastectomy;
    final List<Coding> colonCancer;
    final List<Coding> absenceOfCervix;
    final List<Coding> obesity;
    // Observations
    final Coding hba1c;
    final Coding ldl;
    final Coding tobaccoScreening;
    final Coding tobaccoUser;
    final Coding tobaccoNonUser;
    final Coding mammography;
    final Coding papTest;
    final Coding hpvTest;
    final Coding fecalOccultBlood;
    final Coding stoolDnaFit;
    final Coding ctColonography;
    final Coding hivTest;
    // Procedures and interventions
    final Coding colonoscopy;
    final Coding sigmoidoscopy;
    final Coding bilateralMastectomy;
    final Coding hysterectomy;
    final Coding dialysis;
    final Coding aboveNormalBmiFollowUp;
    final Coding belowNormalBmiFollowUp;
    final Coding adultDepressionFollowUp;
    final Coding adolescentDepressionFollowUp;
    final Coding tobaccoCessationCounseling;
    final Coding nutritionCounseling;
    final Coding physicalActivityCounseling;
    final Coding palliativeCare;
    final Coding pci;
    // Medications
    final List<Coding> statins;
    final Coding varenicline;
    final Coding adultAntidepressant;
    final Coding dementiaMedication;
    // Requests
    final Coding adultDepressionReferral;
    final Coding adolescentDepressionReferral;
    final Coding weightReferral;
    final Coding hospiceCare;
    final Coding frailtyDevice;
    // Immunizations (CVX)
    final Coding dtap;
    final Coding ipv;
    final Coding mmr;
    final Coding hib;
    final Coding hepatitisB;
    final Coding varicella;
    final Coding pneumococcal;
    final Coding hepatitisA;
    final Coding rotavirus;
    final Coding influenza;

    // Codes the measures name directly, and codes no measure looks up.
    static final Coding BLOOD_PRESSURE_PANEL = loinc("85354-9", "Blood pressure panel with all children optional");
    static final Coding SYSTOLIC = loinc("8480-6", "Systolic blood pressure");
    static final Coding DIASTOLIC = loinc("8462-4", "Diastolic blood pressure");
    static final Coding BMI = loinc("39156-5", "Body mass index (BMI) [Ratio]");
    static final Coding BODY_WEIGHT = loinc("29463-7", "Body weight");
    static final Coding BODY_HEIGHT = loinc("8302-2", "Body height");
    static final Coding BMI_PERCENTILE = loinc("59576-9", "Body mass index (BMI) [Percentile] Per age and sex");
    static final Coding ADULT_DEPRESSION_SCREENING = loinc("73832-8", "Adult depression screening assessment");
    static final Coding ADOLESCENT_DEPRESSION_SCREENING = loinc("73831-0", "Adolescent depression screening assessment");
    static final Coding DEPRESSION_NEGATIVE = snomed("428171000124102", "Depression screening negative (finding)");
    static final Coding DEPRESSION_POSITIVE = snomed("428181000124104", "Depression screening positive (finding)");
    /** The result of a screening test: the measures count a test only when it has one. */
    static final Coding NEGATIVE = snomed("260385009", "Negative (qualifier value)");
    static final Coding PHQ2_TOTAL = loinc("55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]");
    static final Coding PHQ9_TOTAL = loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]");
    static final Coding FOOD_INSECURITY = loinc("88122-7",
            "Within the past 12 months we worried whether our food would run out before we got money to buy more");
    static final Coding HOUSING_STATUS = loinc("71802-3", "Housing status");
    static final Coding TRANSPORTATION = loinc("93030-5",
            "Has lack of transportation kept you from medical appointments, meetings, work, or from getting things needed for daily living");
    static final Coding OFTEN_TRUE = loinc("LA28397-0", "Often true");
    static final Coding SOMETIMES_TRUE = loinc("LA6729-3", "Sometimes true");
    static final Coding NEVER_TRUE = loinc("LA28398-8", "Never true");
    static final Coding STEADY_HOUSING = loinc("LA31993-1", "I have a steady place to live");
    static final Coding WORRIED_HOUSING = loinc("LA31994-9",
            "I have a place to live today, but I am worried about losing it in the future");
    static final Coding NO_STEADY_HOUSING = loinc("LA31995-6", "I do not have a steady place to live");
    static final Coding YES = loinc("LA33-6", "Yes");
    static final Coding NO = loinc("LA32-8", "No");
    static final Coding LISINOPRIL = rxnorm("314076", "lisinopril 10 MG Oral Tablet");
    static final Coding METFORMIN = rxnorm("860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet");

    public ClinicalCodes(DemoValueSets valueSets) {
        DemoCodes v = new DemoCodes(valueSets);
        officeVisit = v.code("2.16.840.1.113883.3.464.1003.101.12.1001", "185463005");
        pediatricVisit = v.code("2.16.840.1.113883.3.464.1003.101.12.1001", "3391000175108");
        preventiveVisit = v.code("2.16.840.1.113883.3.526.3.1240", "86013001");
        medicareWellnessVisit = v.code("2.16.840.1.113883.3.526.3.1240", "G0439");
        telephoneVisit = v.first("2.16.840.1.113883.3.464.1003.101.12.1080");
        hospiceEncounter = v.first("2.16.840.1.113883.3.464.1003.1003");
        palliativeEncounter = v.first("2.16.840.1.113883.3.464.1003.101.12.1090");
        frailtyEncounter = v.first("2.16.840.1.113883.3.464.1003.101.12.1088");
        hypertension = v.all("2.16.840.1.113883.3.464.1003.104.12.1011");
        diabetes = v.all("2.16.840.1.113883.3.464.1003.103.12.1001");
        pregnancy = v.all("2.16.840.1.113883.3.526.3.378");
        endStageRenalDisease = v.all("2.16.840.1.113883.3.526.3.353");
        advancedIllness = v.all("2.16.840.1.113883.3.464.1003.110.12.1082");
        frailtyDiagnosis = v.all("2.16.840.1.113883.3.464.1003.113.12.1074");
        hospiceDiagnosis = v.all("2.16.840.1.113883.3.464.1003.1165");
        palliativeDiagnosis = v.all("2.16.840.1.113883.3.464.1003.1167");
        bipolarDisorder = v.all("2.16.840.1.113883.3.67.1.101.1.128");
        hiv = v.all("2.16.840.1.113883.3.464.1003.120.12.1003");
        ascvd = List.of(v.first("2.16.840.1.113883.3.526.3.403"), v.first("2.16.840.1.113762.1.4.1047.44"),
                v.first("2.16.840.1.113762.1.4.1047.47"), v.first("2.16.840.1.113762.1.4.1047.46"),
                v.first("2.16.840.1.113762.1.4.1047.21"));
        familialHypercholesterolemia = v.all("2.16.840.1.113762.1.4.1047.100");
        historyOfBilateralMastectomy = v.all("2.16.840.1.113883.3.464.1003.198.12.1068");
        colonCancer = v.all("2.16.840.1.113883.3.464.1003.108.12.1001");
        absenceOfCervix = v.all("2.16.840.1.113883.3.464.1003.111.12.1016");
        obesity = v.all("2.16.840.1.113762.1.4.1047.502");
        hba1c = v.code("2.16.840.1.113883.3.464.1003.198.12.1013", "4548-4");
        ldl = v.first("2.16.840.1.113883.3.526.3.1573");
        tobaccoScreening = v.code("2.16.840.1.113883.3.526.3.1278", "72166-2");
        tobaccoUser = v.code("2.16.840.1.113883.3.526.3.1170", "77176002");
        tobaccoNonUser = v.code("2.16.840.1.113883.3.526.3.1189", "8392000");
        mammography = v.first("2.16.840.1.113883.3.464.1003.108.12.1018");
        papTest = v.first("2.16.840.1.113883.3.464.1003.108.12.1017");
        hpvTest = v.first("2.16.840.1.113883.3.464.1003.110.12.1059");
        fecalOccultBlood = v.first("2.16.840.1.113883.3.464.1003.198.12.1011");
        stoolDnaFit = v.first("2.16.840.1.113883.3.464.1003.108.12.1039");
        ctColonography = v.first("2.16.840.1.113883.3.464.1003.108.12.1038");
        hivTest = v.first("2.16.840.1.113762.1.4.1056.50");
        colonoscopy = v.code("2.16.840.1.113883.3.464.1003.108.12.1020", "73761001");
        sigmoidoscopy = v.first("2.16.840.1.113883.3.464.1003.198.12.1010");
        bilateralMastectomy = v.first("2.16.840.1.113883.3.464.1003.198.12.1005");
        hysterectomy = v.first("2.16.840.1.113883.3.464.1003.198.12.1014");
        dialysis = v.first("2.16.840.1.113883.3.464.1003.109.12.1013");
        aboveNormalBmiFollowUp = v.first("2.16.840.1.113883.3.600.1.1525");
        belowNormalBmiFollowUp = v.first("2.16.840.1.113883.3.600.1.1528");
        adultDepressionFollowUp = v.first("2.16.840.1.113883.3.526.3.1568");
        adolescentDepressionFollowUp = v.first("2.16.840.1.113883.3.526.3.1569");
        tobaccoCessationCounseling = v.first("2.16.840.1.113883.3.526.3.509");
        nutritionCounseling = v.first("2.16.840.1.113883.3.464.1003.195.12.1003");
        physicalActivityCounseling = v.first("2.16.840.1.113883.3.464.1003.118.12.1035");
        palliativeCare = v.first("2.16.840.1.113883.3.464.1003.198.12.1135");
        pci = v.first("2.16.840.1.113762.1.4.1045.67");
        statins = List.of(v.first("2.16.840.1.113883.3.526.3.1575"), v.first("2.16.840.1.113883.3.526.3.1572"),
                v.first("2.16.840.1.113883.3.526.3.1574"));
        varenicline = v.code("2.16.840.1.113883.3.526.3.1190", "636676");
        adultAntidepressant = v.first("2.16.840.1.113883.3.526.3.1566");
        dementiaMedication = v.first("2.16.840.1.113883.3.464.1003.196.12.1510");
        adultDepressionReferral = v.first("2.16.840.1.113883.3.526.3.1571");
        adolescentDepressionReferral = v.first("2.16.840.1.113883.3.526.3.1570");
        weightReferral = v.first("2.16.840.1.113883.3.600.1.1527");
        hospiceCare = v.first("2.16.840.1.113883.3.526.3.1584");
        frailtyDevice = v.first("2.16.840.1.113883.3.464.1003.118.12.1300");
        dtap = v.code("2.16.840.1.113883.3.464.1003.196.12.1214", "20");
        ipv = v.code("2.16.840.1.113883.3.464.1003.196.12.1219", "10");
        mmr = v.code("2.16.840.1.113883.3.464.1003.196.12.1224", "03");
        hib = v.first("2.16.840.1.113883.3.464.1003.110.12.1085");
        hepatitisB = v.code("2.16.840.1.113883.3.464.1003.196.12.1216", "08");
        varicella = v.code("2.16.840.1.113883.3.464.1003.196.12.1170", "21");
        pneumococcal = v.first("2.16.840.1.113883.3.464.1003.196.12.1221");
        hepatitisA = v.first("2.16.840.1.113883.3.464.1003.196.12.1215");
        rotavirus = v.first("2.16.840.1.113883.3.464.1003.196.12.1223");
        influenza = v.first("2.16.840.1.113883.3.464.1003.196.12.1218");
    }

    private static Coding loinc(String code, String display) {
        return new Coding(CodeSystems.LOINC, code, display);
    }

    private static Coding snomed(String code, String display) {
        return new Coding(CodeSystems.SNOMED_CT, code, display);
    }

    private static Coding rxnorm(String code, String display) {
        return new Coding(CodeSystems.RXNORM, code, display);
    }

    /** Looks codes up in the demo lists and fails at start-up, not mid-run, if one is missing. */
    private record DemoCodes(DemoValueSets valueSets) {
        Coding first(String oid) {
            return valueSets.first(oid);
        }

        List<Coding> all(String oid) {
            return valueSets.codes(oid);
        }

        Coding code(String oid, String code) {
            return valueSets.codes(oid).stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo value set " + oid + " lacks code " + code));
        }
    }
}
