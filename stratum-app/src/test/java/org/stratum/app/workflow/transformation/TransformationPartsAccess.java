package org.stratum.app.workflow.transformation;

import org.stratum.app.workflow.exchange.WorkflowDataPart;

/** The transformation records' export parts for tests that wire the store without Spring. */
public final class TransformationPartsAccess {
    private static final TransformationParts PARTS = new TransformationParts();

    private TransformationPartsAccess() {
    }

    public static WorkflowDataPart<?> barriers(Barriers barriers) {
        return PARTS.barriersPart(barriers);
    }

    public static WorkflowDataPart<?> actions(InstitutionalActions actions) {
        return PARTS.institutionalActionsPart(actions);
    }

    public static WorkflowDataPart<?> partners(CommunityPartners partners) {
        return PARTS.communityPartnersPart(partners);
    }
}
