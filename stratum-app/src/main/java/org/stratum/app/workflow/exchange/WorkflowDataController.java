package org.stratum.app.workflow.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export and import of the organisation's workflow data as JSON: for administrators only, because
 * the export holds every individual self-assessment score, which only administrators may see.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WorkflowDataController {
    private final WorkflowDataExchange exchange;

    WorkflowDataController(WorkflowDataExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/workflow-data")
    String page() {
        return "workflow/data";
    }

    @GetMapping("/workflow-data/export")
    void export(Principal user, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stratum-workflow-data.json\"");
        exchange.export(response.getOutputStream(), user.getName());
    }

    @PostMapping("/workflow-data/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused("Choose the JSON file of a Stratum workflow export.", model, response);
        }
        try (InputStream in = file.getInputStream()) {
            int imported = exchange.importFrom(in, user.getName());
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/workflow-data";
        } catch (ImportRefused refused) {
            return refused(refused.getMessage(), model, response);
        }
    }

    private static String refused(String problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        return "workflow/data";
    }
}
