package org.stratum.app.workflow.selfid;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stratum.core.real.selfid.SelfIdentification;

/**
 * The patient's side: anyone may open the kiosk pages, but the form opens only with a valid code,
 * and nothing on them names or describes the patient. The code's id (never the patient) is kept in
 * the session between typing the code and sending the form; the session ends with the form.
 */
@Controller
class KioskController {
    static final String CODE = "selfid.code";

    private final SelfIdCodes codes;
    private final SelfIdResponses responses;
    private final KioskPages pages;

    KioskController(SelfIdCodes codes, SelfIdResponses responses, KioskPages pages) {
        this.codes = codes;
        this.responses = responses;
        this.pages = pages;
    }

    @GetMapping("/kiosk")
    String enterCode(@RequestParam(name = "lang", required = false) String lang, Model model) {
        pages.describe(model, KioskPages.language(lang));
        model.addAttribute("languageChosen", lang != null);
        return "selfid/kiosk-code";
    }

    @PostMapping("/kiosk")
    String checkCode(@RequestParam(name = "code", defaultValue = "") String code,
                     @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        FormLanguage language = KioskPages.language(lang);
        model.addAttribute("languageChosen", lang != null);
        if (code.isBlank()) {
            return codeProblem("kiosk.code.missing", HttpStatus.BAD_REQUEST, language, response, model);
        }
        CodeCheck check = codes.check(code, request.getRemoteAddr());
        return switch (check.status()) {
            case VALID -> {
                request.changeSessionId(); // a new session id once the code opens the form
                HttpSession session = request.getSession();
                session.setAttribute(CODE, check.code().orElseThrow().id());
                // The patient's choice on the kiosk wins over the language staff suggested.
                FormLanguage formLanguage = lang == null ? check.code().orElseThrow().formLanguage() : language;
                yield "redirect:/kiosk/form?lang=" + formLanguage.tag();
            }
            case WRONG -> codeProblem("kiosk.code.wrong", HttpStatus.BAD_REQUEST, language, response, model);
            case NO_LONGER_VALID -> codeProblem("kiosk.code.unusable", HttpStatus.GONE, language, response, model);
            case THROTTLED -> codeProblem("kiosk.code.throttled", HttpStatus.TOO_MANY_REQUESTS, language, response, model);
        };
    }

    @GetMapping("/kiosk/form")
    String form(@RequestParam(name = "lang", required = false) String lang, HttpSession session, Model model) {
        if (session.getAttribute(CODE) == null) {
            return "redirect:/kiosk" + (lang == null ? "" : "?lang=" + KioskPages.language(lang).tag());
        }
        model.addAttribute("kioskForm", new KioskForm());
        pages.describeForm(model, KioskPages.language(lang), Map.of());
        return "selfid/kiosk-form";
    }

    @PostMapping("/kiosk/form")
    String send(@ModelAttribute("kioskForm") KioskForm form, BindingResult result,
                @RequestParam(name = "lang", required = false) String lang, HttpSession session,
                HttpServletResponse response, Model model) {
        FormLanguage language = KioskPages.language(lang);
        Object codeId = session.getAttribute(CODE);
        if (codeId == null) {
            return "redirect:/kiosk?lang=" + language.tag();
        }
        Optional<SelfIdentification> answers = form.answers(result);
        if (answers.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            result.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), pages.text(language, e.getCode())));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.describeForm(model, language, errors);
            return "selfid/kiosk-form";
        }
        try {
            responses.submit((Long) codeId, answers.get(), language);
        } catch (CodeNoLongerValid e) {
            session.invalidate();
            return codeProblem("form.error.code-used", HttpStatus.GONE, language, response, model);
        }
        session.invalidate();
        return "redirect:/kiosk/thanks?lang=" + language.tag();
    }

    @GetMapping("/kiosk/thanks")
    String thanks(@RequestParam(name = "lang", required = false) String lang, Model model) {
        pages.describe(model, KioskPages.language(lang));
        return "selfid/kiosk-thanks";
    }

    private String codeProblem(String key, HttpStatus status, FormLanguage language, HttpServletResponse response,
                               Model model) {
        response.setStatus(status.value());
        model.addAttribute("codeError", pages.text(language, key));
        pages.describe(model, language);
        return "selfid/kiosk-code";
    }
}
