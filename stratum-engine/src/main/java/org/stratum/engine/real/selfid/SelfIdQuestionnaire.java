package org.stratum.engine.real.selfid;

import static org.stratum.engine.real.selfid.SelfIdItems.BCP47;
import static org.stratum.engine.real.selfid.SelfIdItems.CDC;
import static org.stratum.engine.real.selfid.SelfIdItems.LOINC;

import java.util.Locale;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.Figure1;
import org.stratum.core.real.selfid.Figure1Group;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.PreferredLanguages;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.YesNoAnswer;

/**
 * The self-identification form as a FHIR R4 {@code Questionnaire} (English wording; the kiosk shows
 * the same items in the patient's language): the OMB 2024 combined race and ethnicity question with
 * Figure 1's detailed boxes and write-ins, preferred language, interpreter need, and the optional
 * sexual orientation, gender identity and disability questions. Every question is optional and
 * offers "prefer not to answer".
 */
public final class SelfIdQuestionnaire {

    private SelfIdQuestionnaire() {
    }

    public static Questionnaire build() {
        Questionnaire form = new Questionnaire();
        form.setUrl(SelfIdItems.QUESTIONNAIRE_URL);
        form.setVersion(SelfIdItems.VERSION);
        form.setName("StratumSelfIdentification");
        form.setTitle("Tell us about yourself");
        form.setStatus(PublicationStatus.ACTIVE);
        form.addSubjectType("Patient");
        form.addItem(raceAndEthnicity());
        QuestionnaireItemComponent language = choice(SelfIdItems.LANGUAGE,
                "In which language do you prefer to receive your care?", false).addCode(loinc("54899-0", "Preferred language"));
        PreferredLanguages.CODES.forEach(code -> language.addAnswerOption().setValue(
                new Coding(BCP47, code, PreferredLanguages.name(code, Locale.ENGLISH))));
        language.addAnswerOption().setValue(SelfIdItems.declined());
        form.addItem(language);
        form.addItem(yesNo(SelfIdItems.INTERPRETER, "Do you need an interpreter when you receive care?",
                loinc("54588-9", "Interpreter needed")));
        QuestionnaireItemComponent orientation = choice(SelfIdItems.SEXUAL_ORIENTATION,
                "Which best describes your sexual orientation? (optional)", false)
                .addCode(loinc(SexualOrientationAnswer.LOINC, "Sexual orientation"));
        for (SexualOrientationAnswer answer : SexualOrientationAnswer.values()) {
            orientation.addAnswerOption().setValue(answer == SexualOrientationAnswer.DECLINED ? SelfIdItems.declined()
                    : new Coding(answer.system(), answer.code(), answer.display()));
        }
        form.addItem(orientation);
        QuestionnaireItemComponent gender = choice(SelfIdItems.GENDER_IDENTITY,
                "What is your current gender identity? (optional)", false)
                .addCode(loinc(GenderIdentityAnswer.LOINC, "Gender identity"));
        for (GenderIdentityAnswer answer : GenderIdentityAnswer.values()) {
            gender.addAnswerOption().setValue(answer == GenderIdentityAnswer.DECLINED ? SelfIdItems.declined()
                    : new Coding(answer.system(), answer.code(), answer.display()));
        }
        form.addItem(gender);
        QuestionnaireItemComponent disability = new QuestionnaireItemComponent().setLinkId(SelfIdItems.DISABILITY_GROUP)
                .setText("Disability (optional)").setType(QuestionnaireItemType.GROUP);
        for (DisabilityQuestion question : DisabilityQuestion.values()) {
            disability.addItem(yesNo(SelfIdItems.DISABILITY_PREFIX + question.key(), question.display(),
                    loinc(question.loinc(), question.display())));
        }
        form.addItem(disability);
        return form;
    }

    private static QuestionnaireItemComponent raceAndEthnicity() {
        QuestionnaireItemComponent group = new QuestionnaireItemComponent().setLinkId(SelfIdItems.RACE_GROUP)
                .setText("What is your race and/or ethnicity? Select all that apply and enter additional details "
                        + "in the spaces below.")
                .setType(QuestionnaireItemType.GROUP);
        QuestionnaireItemComponent categories = choice(SelfIdItems.CATEGORIES, "Race and/or ethnicity", true);
        for (OmbCategory category : Figure1.CATEGORIES) {
            categories.addAnswerOption().setValue(new Coding(CDC, category.cdcCode(), category.label()));
        }
        categories.addAnswerOption().setValue(SelfIdItems.declined());
        group.addItem(categories);
        for (OmbCategory category : Figure1.CATEGORIES) {
            if (!Figure1.groupsOf(category).isEmpty()) {
                QuestionnaireItemComponent detailed = choice(SelfIdItems.detailed(category), category.label(), true);
                for (Figure1Group g : Figure1.groupsOf(category)) {
                    detailed.addAnswerOption().setValue(new Coding(CDC, g.cdcCode(), g.name()));
                }
                group.addItem(detailed);
            }
            group.addItem(new QuestionnaireItemComponent().setLinkId(SelfIdItems.writeIn(category))
                    .setText(category.label() + ": enter, for example, another group").setType(QuestionnaireItemType.STRING)
                    .setMaxLength(SelfIdQuestionnaireResponses.WRITE_IN_LENGTH));
        }
        return group;
    }

    private static QuestionnaireItemComponent yesNo(String linkId, String text, Coding code) {
        QuestionnaireItemComponent item = choice(linkId, text, false).addCode(code);
        for (YesNoAnswer answer : YesNoAnswer.values()) {
            item.addAnswerOption().setValue(SelfIdItems.yesNo(answer));
        }
        return item;
    }

    private static QuestionnaireItemComponent choice(String linkId, String text, boolean repeats) {
        return new QuestionnaireItemComponent().setLinkId(linkId).setText(text).setType(QuestionnaireItemType.CHOICE)
                .setRepeats(repeats).setRequired(false);
    }

    private static Coding loinc(String code, String display) {
        return new Coding(LOINC, code, display);
    }
}
