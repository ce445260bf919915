package org.stratum.app.workflow.transformation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stratum.app.workflow.record.StaleRecord;

/**
 * How every transformation form is saved: errors beside the fields (400), a record someone else changed
 * meanwhile refused with its message (409), otherwise back to the log with a "saved" note.
 */
final class LoggedRecordSave {
    private LoggedRecordSave() {
    }

    static String save(BindingResult result, HttpServletResponse response, RedirectAttributes redirect,
                       Supplier<String> form, Runnable store) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form.get();
        }
        try {
            store.run();
        } catch (StaleRecord stale) {
            result.reject("stale", stale.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form.get();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/transformation";
    }
}
