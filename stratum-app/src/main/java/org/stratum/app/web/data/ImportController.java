package org.stratum.app.web.data;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.stratum.app.audit.AuditLog;

/** Uploading files to import, and the rejects of an import: for the roles that load data. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class ImportController {

    private final ImportJobs jobs;
    private final DataPage page;
    private final AuditLog audit;

    ImportController(ImportJobs jobs, DataPage page, AuditLog audit) {
        this.jobs = jobs;
        this.page = page;
        this.audit = audit;
    }

    @PostMapping("/data/imports")
    String startImport(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result, Principal user,
                       Model model, HttpServletResponse response) {
        List<MultipartFile> files = Uploads.chosen(form.getFiles());
        if (files.isEmpty()) {
            result.rejectValue("files", "data.upload.noFiles");
        }
        if (!result.hasErrors()) {
            try {
                jobs.start(form, files, user.getName());
                return "redirect:/data";
            } catch (UploadRejected e) {
                result.rejectValue("files", "rejected", e.getMessage());
            } catch (ImportAlreadyRunning e) {
                result.reject("running", e.getMessage());
            }
        }
        response.setStatus(result.getGlobalErrorCount() > 0 ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        page.describe(model);
        return "data/index";
    }

    /** Every record an import did not load, as CSV. Rejects name records, so each download is audited. */
    @GetMapping("/data/imports/{id}/rejects")
    ResponseEntity<Resource> rejects(@PathVariable String id, Principal user) {
        Path file = jobs.find(id).map(ImportJob::ending).map(ImportJob.Ending::rejectsFile)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No rejects for import " + id));
        audit.record(user.getName(), "data.rejects.download", "rejects/" + file.getFileName(), null);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
