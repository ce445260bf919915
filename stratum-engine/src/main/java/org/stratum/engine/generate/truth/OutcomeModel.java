package org.stratum.engine.generate.truth;

import org.stratum.engine.generate.network.InterpreterServices;
import org.stratum.engine.generate.people.Payer;
import org.stratum.engine.generate.people.Person;

/**
 * How likely a patient is to meet each measure's goal. Every rate is the same for everyone except
 * where a planted inequity says otherwise, and each planted inequity depends only on its stated
 * cause (interpreter services, payer, site), never on race or ethnicity itself. The ground-truth
 * file is written from these same constants.
 */
public final class OutcomeModel {
    public static final String INTERPRETER_SITE = "harbor";
    public static final String DIABETES_SITE = "central-valley";

    public static final double BP_CONTROLLED = 0.66;
    public static final double BP_CONTROLLED_WITHOUT_INTERPRETER = 0.40;
    public static final double HBA1C_POOR_AT_DIABETES_SITE = 0.48;
    public static final double HBA1C_POOR_ELSEWHERE = 0.16;
    public static final double CRC_SCREENED_COMMERCIAL = 0.72;
    public static final double CRC_SCREENED_MEDICARE = 0.70;
    public static final double CRC_SCREENED_MEDI_CAL = 0.50;
    public static final double CRC_SCREENED_UNINSURED = 0.28;
    public static final double BREAST_SCREENED = 0.72;
    public static final double CERVICAL_SCREENED = 0.62;
    public static final double DEPRESSION_SCREENED = 0.78;
    public static final double DEPRESSION_POSITIVE = 0.12;
    public static final double DEPRESSION_FOLLOW_UP = 0.80;
    public static final double TOBACCO_SCREENED = 0.86;
    public static final double TOBACCO_CESSATION = 0.58;
    public static final double CHILD_IMMUNIZATIONS_COMPLETE = 0.58;
    public static final double BMI_DOCUMENTED = 0.86;
    public static final double BMI_FOLLOW_UP = 0.62;
    public static final double HIV_EVER_TESTED = 0.42;
    public static final double STATIN_PRESCRIBED = 0.71;
    public static final double CHILD_BMI_PERCENTILE = 0.76;
    public static final double CHILD_NUTRITION_COUNSELING = 0.62;
    public static final double CHILD_ACTIVITY_COUNSELING = 0.57;
    public static final double EXPLAINED_TOP_BOX = 0.78;
    public static final double EXPLAINED_TOP_BOX_WITHOUT_INTERPRETER = 0.50;
    public static final double RECOMMEND_TOP_BOX = 0.80;

    /** Patients who need an interpreter at a site that has none: the cause of two planted gaps. */
    public static boolean lacksInterpreter(Person person) {
        return person.needsInterpreter() && person.site().interpreterServices() == InterpreterServices.NONE;
    }

    public double bloodPressureControlled(Person person) {
        return lacksInterpreter(person) ? BP_CONTROLLED_WITHOUT_INTERPRETER : BP_CONTROLLED;
    }

    public double hba1cPoorControl(Person person) {
        return person.site().id().equals(DIABETES_SITE) ? HBA1C_POOR_AT_DIABETES_SITE : HBA1C_POOR_ELSEWHERE;
    }

    public double colorectalScreened(Person person) {
        return colorectalScreened(person.payer());
    }

    public static double colorectalScreened(Payer payer) {
        return switch (payer) {
            case COMMERCIAL -> CRC_SCREENED_COMMERCIAL;
            case MEDICARE -> CRC_SCREENED_MEDICARE;
            case MEDI_CAL -> CRC_SCREENED_MEDI_CAL;
            case UNINSURED -> CRC_SCREENED_UNINSURED;
        };
    }

    public double explainedTopBox(Person person) {
        return lacksInterpreter(person) ? EXPLAINED_TOP_BOX_WITHOUT_INTERPRETER : EXPLAINED_TOP_BOX;
    }
}
