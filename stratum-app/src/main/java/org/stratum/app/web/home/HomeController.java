package org.stratum.app.web.home;

import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.core.toolkit.KeyDriver;
import org.stratum.core.toolkit.Opportunity;

/** The home page: the toolkit's roadmap for improvement, the organisation's aim, and what data is loaded. */
@Controller
class HomeController {

    private final WarehouseSummarySource warehouse;

    HomeController(WarehouseSummarySource warehouse) {
        this.warehouse = warehouse;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("opportunities", Opportunity.values());
        model.addAttribute("foundationalDrivers",
                Arrays.stream(KeyDriver.values()).filter(KeyDriver::isFoundational).toList());
        model.addAttribute("data", DataLoaded.of(warehouse.summary(), ZoneId.systemDefault()));
        return "home";
    }
}
