package org.stratum.app.web.measures;

import org.stratum.app.equity.Figures;
import org.stratum.app.equity.OfferedDimensions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A measure's Monitor, for every signed-in role: control charts of each stratum over the rolling
 * twelve-month points. Aggregates only, with small numbers handled by {@link TrendSuppression}.
 */
@Controller
class MonitorController {
    private final MeasureMonitors monitors;
    private final OfferedDimensions offered;

    MonitorController(MeasureMonitors monitors, OfferedDimensions offered) {
        this.monitors = monitors;
        this.offered = offered;
    }

    @GetMapping("/measures/{id}/monitor")
    String monitor(@PathVariable String id, @RequestParam(required = false) String group,
            @RequestParam(required = false) String by, Model model) {
        // The page measures gaps from the largest stratum shown, and says so; the API may choose another.
        model.addAttribute("monitor", monitors.build(id, group, by, null));
        model.addAttribute("dimensions", offered.all());
        model.addAttribute("figures", new Figures());
        return "measures/monitor";
    }
}
