package org.stratum.app.web.home;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.app.workflow.assessment.RoundResults;
import org.stratum.app.workflow.drivers.DriverDiagrams;
import org.stratum.app.workflow.due.WhatIsDue;
import org.stratum.core.toolkit.Opportunity;

/**
 * The home page: the toolkit's roadmap for improvement with the organisation's aim and the latest
 * self-assessment's priorities, what the improvement workflow asks for soon, and what data is loaded.
 */
@Controller
class HomeController {

    private final WarehouseSummarySource warehouse;
    private final DriverDiagrams diagrams;
    private final RoundResults results;
    private final WhatIsDue due;

    HomeController(WarehouseSummarySource warehouse, DriverDiagrams diagrams, RoundResults results, WhatIsDue due) {
        this.warehouse = warehouse;
        this.diagrams = diagrams;
        this.results = results;
        this.due = due;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("opportunities", Opportunity.values());
        model.addAttribute("diagram", diagrams.current());
        model.addAttribute("latest", results.latest().orElse(null));
        model.addAttribute("due", due.on(LocalDate.now()));
        model.addAttribute("data", DataLoaded.of(warehouse.summary(), ZoneId.systemDefault()));
        return "home";
    }
}
