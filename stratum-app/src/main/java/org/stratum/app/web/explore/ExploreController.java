package org.stratum.app.web.explore;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.app.equity.Figures;

/**
 * Explore: a measure among filtered patients by one or two dimensions (a heat map for two), and the
 * drill-down from the organisation to its sites and a site's clinicians. Aggregates only, suppressed
 * for every role; the links to patient lists are shown to analysts and administrators only.
 */
@Controller
class ExploreController {
    private final ExplorePages pages;

    ExploreController(ExplorePages pages) {
        this.pages = pages;
    }

    @GetMapping("/explore")
    String explore(@RequestParam(required = false) String measure, @RequestParam(required = false) String period,
            @RequestParam(required = false) String by, @RequestParam(required = false) String across,
            @RequestParam(name = "filter", required = false) List<String> filters,
            @RequestParam(required = false) String site, Model model) {
        model.addAttribute("explore", pages.build(measure, period, by, across, filters == null ? List.of() : filters, site));
        model.addAttribute("figures", new Figures());
        return "explore/index";
    }
}
