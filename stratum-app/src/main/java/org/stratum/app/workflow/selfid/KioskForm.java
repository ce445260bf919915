package org.stratum.app.workflow.selfid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.Figure1;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.PreferredLanguages;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.YesNoAnswer;
import org.stratum.engine.real.selfid.SelfIdQuestionnaireResponses;

/**
 * The form as the browser sends it. Every field is optional; {@value #DECLINED} is "prefer not to
 * answer". Errors name the field and carry the message key of the form's wording.
 */
public class KioskForm {
    static final String DECLINED = "declined";

    private List<String> categories = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private Map<String, String> writeIn = new HashMap<>();
    private String language = "";
    private String interpreter = "";
    private String orientation = "";
    private String gender = "";
    private Map<String, String> disability = new HashMap<>();

    /** The answers, or empty with the problems in {@code errors}. */
    Optional<SelfIdentification> answers(Errors errors) {
        Set<OmbCategory> chosen = EnumSet.noneOf(OmbCategory.class);
        boolean raceDeclined = false;
        for (String key : categories) {
            if (key.equals(DECLINED)) {
                raceDeclined = true;
            } else if (Figure1.CATEGORIES.stream().anyMatch(c -> c.key().equals(key))) {
                chosen.add(OmbCategory.fromKey(key));
            } else {
                errors.rejectValue("categories", "form.error.unknown");
            }
        }
        Set<String> detailed = new LinkedHashSet<>();
        for (String key : groups) {
            if (Figure1.group(key).isPresent()) {
                detailed.add(key);
            } else {
                errors.rejectValue("groups", "form.error.unknown");
            }
        }
        Map<OmbCategory, String> texts = new EnumMap<>(OmbCategory.class);
        writeIn.forEach((key, text) -> {
            Optional<OmbCategory> category = Figure1.CATEGORIES.stream().filter(c -> c.key().equals(key)).findFirst();
            if (category.isEmpty()) {
                errors.rejectValue("writeIn", "form.error.unknown");
            } else if (text != null && text.strip().length() > SelfIdQuestionnaireResponses.WRITE_IN_LENGTH) {
                errors.rejectValue("writeIn[" + key + "]", "form.error.write-in-length");
            } else if (text != null && !text.isBlank()) {
                texts.put(category.get(), text.strip());
            }
        });
        if (raceDeclined && (!chosen.isEmpty() || !detailed.isEmpty() || !texts.isEmpty())) {
            errors.rejectValue("categories", "form.error.race-declined");
        }
        boolean languageDeclined = language.equals(DECLINED);
        Optional<String> preferred = language.isBlank() || languageDeclined ? Optional.empty() : Optional.of(language);
        if (preferred.isPresent() && !PreferredLanguages.offered(preferred.get())) {
            errors.rejectValue("language", "form.error.unknown");
        }
        Optional<YesNoAnswer> interpreterNeeded = yesNo("interpreter", interpreter, errors);
        Optional<SexualOrientationAnswer> sexualOrientation = Optional.empty();
        Optional<GenderIdentityAnswer> genderIdentity = Optional.empty();
        try {
            sexualOrientation = orientation.isBlank() ? Optional.empty()
                    : Optional.of(SexualOrientationAnswer.fromKey(orientation));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("orientation", "form.error.unknown");
        }
        try {
            genderIdentity = gender.isBlank() ? Optional.empty() : Optional.of(GenderIdentityAnswer.fromKey(gender));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("gender", "form.error.unknown");
        }
        Map<DisabilityQuestion, YesNoAnswer> disabilities = new EnumMap<>(DisabilityQuestion.class);
        for (DisabilityQuestion question : DisabilityQuestion.values()) {
            yesNo("disability[" + question.key() + "]", disability.getOrDefault(question.key(), ""), errors)
                    .ifPresent(answer -> disabilities.put(question, answer));
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SelfIdentification(chosen, detailed, texts, raceDeclined, preferred, languageDeclined,
                interpreterNeeded, sexualOrientation, genderIdentity, disabilities));
    }

    private static Optional<YesNoAnswer> yesNo(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YesNoAnswer.fromCode(value));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "form.error.unknown");
            return Optional.empty();
        }
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public Map<String, String> getWriteIn() {
        return writeIn;
    }

    public void setWriteIn(Map<String, String> writeIn) {
        this.writeIn = writeIn == null ? new HashMap<>() : writeIn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
    }

    public String getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(String interpreter) {
        this.interpreter = interpreter == null ? "" : interpreter;
    }

    public String getOrientation() {
        return orientation;
    }

    public void setOrientation(String orientation) {
        this.orientation = orientation == null ? "" : orientation;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender == null ? "" : gender;
    }

    public Map<String, String> getDisability() {
        return disability;
    }

    public void setDisability(Map<String, String> disability) {
        this.disability = disability == null ? new HashMap<>() : disability;
    }
}
