package org.stratum.app.workflow.selfid;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stratum.app.organisation.SiteScope;
import org.stratum.app.organisation.UserSites;
import org.stratum.engine.real.selfid.AttributedSite;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The staff side: analysts and administrators issue a code for a patient of their sites, read the
 * staff script in each language, and see which translations community members have reviewed.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class SelfIdStaffController {

    private final SelfIdCodes codes;
    private final UserSites userSites;
    private final ObjectProvider<Warehouse> warehouse;
    private final KioskWording wording;

    SelfIdStaffController(SelfIdCodes codes, UserSites userSites, ObjectProvider<Warehouse> warehouse,
                          KioskWording wording) {
        this.codes = codes;
        this.userSites = userSites;
        this.warehouse = warehouse;
        this.wording = wording;
    }

    @GetMapping("/self-id")
    String page(Model model) {
        return describe(model, "", FormLanguage.ENGLISH.tag());
    }

    @PostMapping("/self-id/codes")
    String issue(@RequestParam(name = "patientId", defaultValue = "") String patientId,
                 @RequestParam(name = "language", defaultValue = "en") String language, Principal user,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String id = patientId.strip();
        Optional<FormLanguage> formLanguage = FormLanguage.ofTag(language);
        if (id.isEmpty()) {
            return problem(model, response, "patientId", "selfid.error.patient-missing", id, language);
        }
        if (formLanguage.isEmpty()) {
            return problem(model, response, "language", "selfid.error.language-unknown", id, language);
        }
        SiteScope scope = userSites.scopeOf(user.getName());
        // The same answer for "no such patient" and "not at your sites", so nobody learns of others' patients.
        Optional<AttributedSite.Patient> patient = AttributedSite.of(warehouse.getObject(), id,
                        LocalDate.now(ZoneOffset.UTC))
                .filter(p -> p.siteId().map(scope::permits).orElse(scope.allSites()));
        if (patient.isEmpty()) {
            return problem(model, response, "patientId", "selfid.error.patient-not-found", id, language);
        }
        NewCode code = codes.issue(id, patient.get().siteId().orElse(null), formLanguage.get(), user.getName());
        redirect.addFlashAttribute("issuedCode", SelfIdCodes.display(code.code()));
        redirect.addFlashAttribute("issuedExpires", code.expiresAt());
        redirect.addFlashAttribute("issuedFor", id);
        return "redirect:/self-id";
    }

    @GetMapping("/self-id/script")
    String script(@RequestParam(name = "lang", defaultValue = "en") String lang, Model model) {
        FormLanguage language = KioskPages.language(lang);
        model.addAttribute("w", wording.of(language));
        model.addAttribute("lang", language);
        model.addAttribute("reviewed", wording.reviewed(language));
        model.addAttribute("languages", FormLanguage.values());
        return "selfid/script";
    }

    private String problem(Model model, HttpServletResponse response, String field, String messageKey,
                           String patientId, String language) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorField", field);
        model.addAttribute("errorKey", messageKey);
        return describe(model, patientId, language);
    }

    private String describe(Model model, String patientId, String language) {
        model.addAttribute("patientId", patientId);
        model.addAttribute("language", language);
        model.addAttribute("languages", Arrays.stream(FormLanguage.values())
                .map(l -> new TranslationStatus(l, wording.reviewed(l))).toList());
        return "selfid/staff";
    }

    /** A form language and whether community members have reviewed its translation. */
    record TranslationStatus(FormLanguage language, boolean reviewed) {
    }
}
