package org.stratum.app.web.measures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.app.equity.Figures;

/** The measures overview, for every signed-in role: aggregates only, small counts hidden. */
@Controller
class MeasuresController {
    private final MeasureOverview overview;

    MeasuresController(MeasureOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/measures")
    String overview(@RequestParam(required = false) String period, Model model) {
        model.addAttribute("overview", overview.build(period));
        model.addAttribute("figures", new Figures());
        return "measures/overview";
    }
}
