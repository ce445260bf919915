package org.stratum.app.web.data;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Data page, for every signed-in role: what the warehouse holds, imports and their progress. */
@Controller
class DataController {

    private final DataPage page;

    DataController(DataPage page) {
        this.page = page;
    }

    /** With {@code upload-too-large}, says that an upload was refused for its size ({@link UploadTooLargeFilter}). */
    @GetMapping("/data")
    String data(@RequestParam(name = "upload-too-large", required = false) String tooLarge, Model model) {
        model.addAttribute("uploadTooLarge", tooLarge != null);
        page.describe(model);
        return "data/index";
    }

    /** The import status alone, polled by the page while an import runs. */
    @GetMapping("/data/import-status")
    String importStatus(Model model) {
        page.describeStatus(model);
        return "data/sections :: status-update";
    }
}
