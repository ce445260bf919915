package org.stratum.app.workflow.history;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who changed a workflow record, what and when: for everyone signed in, as the records themselves are. */
@Controller
class HistoryController {
    private final RecordHistory history;

    HistoryController(RecordHistory history) {
        this.history = history;
    }

    @GetMapping("/history")
    String history(@RequestParam(name = "record", required = false) String record, Model model,
                   HttpServletResponse response) {
        model.addAttribute("record", record);
        var kind = RecordHistory.kindOf(record);
        if (kind.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "The parameter 'record' must name a workflow record as kind/id, such as"
                    + " root_cause_analysis/3 or barrier/12; kinds: " + String.join(", ", RecordHistory.KINDS.keySet().stream().sorted().toList()) + ".");
            return "workflow/history";
        }
        model.addAttribute("kind", kind.get());
        model.addAttribute("events", history.of(record));
        return "workflow/history";
    }
}
