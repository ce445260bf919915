package org.stratum.app.web.gaps;

import org.stratum.app.equity.Figures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The gap finder for every signed-in role: the ranked gaps of a period with their explanations, and a
 * chosen gap decomposed into composition and rates within strata. Aggregates only; a gap resting on a
 * count of 1 to 10 is listed with its numbers hidden, for every role.
 */
@Controller
class GapsController {
    private final GapFinderPages pages;

    GapsController(GapFinderPages pages) {
        this.pages = pages;
    }

    @GetMapping("/gaps")
    String gaps(@RequestParam(required = false) String period, @RequestParam(required = false) String gap,
            @RequestParam(required = false) String fdr, @RequestParam(name = "min-group", required = false) String minimumGroup,
            Model model) {
        model.addAttribute("finder", pages.build(period, gap, fdr, minimumGroup));
        model.addAttribute("figures", new Figures());
        return "gaps/finder";
    }
}
