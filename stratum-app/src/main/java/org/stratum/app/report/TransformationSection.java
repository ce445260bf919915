package org.stratum.app.report;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.transformation.Barrier;
import org.stratum.app.workflow.transformation.Barriers;
import org.stratum.app.workflow.transformation.CommunityPartner;
import org.stratum.app.workflow.transformation.CommunityPartners;
import org.stratum.app.workflow.transformation.InstitutionalAction;
import org.stratum.app.workflow.transformation.InstitutionalActions;

/** The barrier and learning log, institutional actions and community partners, as they stand when the report is made (the log is current, not a snapshot of the period). */
@Component
class TransformationSection implements EquityReportSection {

    /** The section's content. */
    record Transformation(List<Barrier> barriers, List<InstitutionalAction> actions, List<CommunityPartner> partners) {
    }

    private final Barriers barriers;
    private final InstitutionalActions actions;
    private final CommunityPartners partners;

    TransformationSection(Barriers barriers, InstitutionalActions actions, CommunityPartners partners) {
        this.barriers = barriers;
        this.actions = actions;
        this.partners = partners;
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    public String fragment() {
        return "report/sections :: transformation";
    }

    @Override
    public Optional<Object> content(ReportRequest request) {
        return Optional.of(new Transformation(barriers.list(), actions.list(), partners.list()));
    }
}
