package org.stratum.engine.generate.people;

import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;

/**
 * The payers of California primary care, with their Source of Payment Typology codes (the coding
 * the eCQM "Payer Type" value set uses).
 */
public enum Payer {
    MEDI_CAL("medi-cal", "Medi-Cal", new Coding(CodeSystems.SOURCE_OF_PAYMENT, "2", "MEDICAID")),
    MEDICARE("medicare", "Medicare", new Coding(CodeSystems.SOURCE_OF_PAYMENT, "1", "MEDICARE")),
    COMMERCIAL("commercial", "Commercial insurance",
            new Coding(CodeSystems.SOURCE_OF_PAYMENT, "5", "PRIVATE HEALTH INSURANCE")),
    UNINSURED("uninsured", "Uninsured (self-pay)", new Coding(CodeSystems.SOURCE_OF_PAYMENT, "81",
            "Self-pay (Includes applicants for insurance and Medicaid applicants)"));

    private final String code;
    private final String label;
    private final Coding sourceOfPayment;

    Payer(String code, String label, Coding sourceOfPayment) {
        this.code = code;
        this.label = label;
        this.sourceOfPayment = sourceOfPayment;
    }

    /** The value of the warehouse's {@code coverage.payer_type} column. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Coding sourceOfPayment() {
        return sourceOfPayment;
    }
}
