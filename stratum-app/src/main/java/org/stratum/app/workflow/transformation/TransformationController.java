package org.stratum.app.workflow.transformation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Institutional transformation and community action: the barrier and learning log, institutional actions, partners. */
@Controller
class TransformationController {
    static final String EDITORS = "hasAnyRole('ADMIN', 'ANALYST')";

    private final Barriers barriers;
    private final InstitutionalActions actions;
    private final CommunityPartners partners;

    TransformationController(Barriers barriers, InstitutionalActions actions, CommunityPartners partners) {
        this.barriers = barriers;
        this.actions = actions;
        this.partners = partners;
    }

    @GetMapping("/transformation")
    String overview(Model model) {
        model.addAttribute("barriers", barriers.list());
        model.addAttribute("actions", actions.list());
        model.addAttribute("partners", partners.list());
        return "workflow/transformation/overview";
    }
}
