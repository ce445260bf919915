package org.stratum.engine.ingest.mapping;

import java.util.Map;
import org.stratum.core.terminology.CodeSystems;

/**
 * Stratum's payer types ({@code coverage.payer_type}) and the Source of Payment Typology code each is
 * stored with unless a mapping names a more precise one (e.g. 21, Medicaid managed care). The same
 * codes as the synthetic population's payers.
 */
final class PayerTypes {
    private static final Map<String, String[]> SOURCE_OF_PAYMENT = Map.of(
            "medi-cal", new String[] {"2", "MEDICAID"},
            "medicare", new String[] {"1", "MEDICARE"},
            "commercial", new String[] {"5", "PRIVATE HEALTH INSURANCE"},
            "uninsured", new String[] {"81", "Self-pay (Includes applicants for insurance and Medicaid applicants)"});

    private PayerTypes() {
    }

    static MappedValue of(MappingNode node, String local, String payerType, String code, String display) {
        String[] standard = SOURCE_OF_PAYMENT.get(payerType);
        if (standard == null) {
            throw node.invalid("unknown payer type '" + payerType + "'; use medi-cal, medicare, commercial or uninsured");
        }
        String sop = code != null ? code : standard[0];
        CodeSystemNames.check(node, CodeSystems.SOURCE_OF_PAYMENT, sop);
        String shown = code != null ? display : standard[1];
        return new MappedValue(local, node.line(), payerType, CodeSystems.SOURCE_OF_PAYMENT, sop, shown, null, null, null);
    }
}
