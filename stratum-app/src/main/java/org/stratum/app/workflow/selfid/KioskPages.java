package org.stratum.app.workflow.selfid;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.Figure1;
import org.stratum.core.real.selfid.Figure1Group;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.PreferredLanguages;
import org.stratum.core.real.selfid.SexualOrientationAnswer;

/** What the kiosk pages show in a language: the wording, the language links, the form's choices. */
@Component
class KioskPages {

    /** A minimum category with its detailed boxes, as the form lists them. */
    record CategoryChoice(OmbCategory category, List<Figure1Group> groups) {
    }

    /** A preferred-language choice, named in the form's language and in its own. */
    record LanguageChoice(String code, String name) {
    }

    private final KioskWording wording;

    KioskPages(KioskWording wording) {
        this.wording = wording;
    }

    /** The language asked for, English when none or an unknown one is asked for. */
    static FormLanguage language(String tag) {
        return tag == null ? FormLanguage.ENGLISH : FormLanguage.ofTag(tag).orElse(FormLanguage.ENGLISH);
    }

    String text(FormLanguage language, String key) {
        return wording.of(language).getOrDefault(key, key);
    }

    void describe(Model model, FormLanguage language) {
        model.addAttribute("w", wording.of(language));
        model.addAttribute("lang", language);
        model.addAttribute("reviewed", wording.reviewed(language));
        model.addAttribute("languages", FormLanguage.values());
    }

    void describeForm(Model model, FormLanguage language, Map<String, String> errors) {
        describe(model, language);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Figure1.CATEGORIES.stream()
                .map(c -> new CategoryChoice(c, Figure1.groupsOf(c))).toList());
        model.addAttribute("preferredLanguages", PreferredLanguages.CODES.stream()
                .map(code -> new LanguageChoice(code, PreferredLanguages.name(code, language.locale()))).toList());
        model.addAttribute("orientations", Arrays.stream(SexualOrientationAnswer.values())
                .filter(a -> a != SexualOrientationAnswer.DECLINED).map(SexualOrientationAnswer::key).toList());
        model.addAttribute("genders", Arrays.stream(GenderIdentityAnswer.values())
                .filter(a -> a != GenderIdentityAnswer.DECLINED).map(GenderIdentityAnswer::key).toList());
        model.addAttribute("disabilityQuestions", Arrays.stream(DisabilityQuestion.values())
                .map(DisabilityQuestion::key).toList());
    }
}
