package org.stratum.engine.real.selfid;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.Figure1;
import org.stratum.core.real.selfid.Figure1Group;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.YesNoAnswer;

/**
 * A patient's answers as a FHIR R4 {@code QuestionnaireResponse} to {@link SelfIdQuestionnaire},
 * and back: the JSON kept in the workflow store is the record of what the patient said, from which
 * the warehouse rows can be made again.
 */
public final class SelfIdQuestionnaireResponses {
    /** The longest write-in the form accepts. */
    public static final int WRITE_IN_LENGTH = 100;

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private SelfIdQuestionnaireResponses() {
    }

    /**
     * The response of one patient.
     *
     * @param formLanguage BCP-47 tag of the language the form was shown in ({@code zh-Hant}…)
     */
    public static QuestionnaireResponse of(String patientId, SelfIdentification answers, Instant authored,
                                           String formLanguage) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(SelfIdItems.QUESTIONNAIRE_URL + "|" + SelfIdItems.VERSION);
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/" + patientId));
        response.setAuthored(Date.from(authored));
        response.setLanguage(formLanguage);
        QuestionnaireResponseItemComponent race = response.addItem().setLinkId(SelfIdItems.RACE_GROUP);
        QuestionnaireResponseItemComponent categories = race.addItem().setLinkId(SelfIdItems.CATEGORIES);
        if (answers.raceDeclined()) {
            categories.addAnswer().setValue(SelfIdItems.declined());
        }
        for (OmbCategory category : Figure1.CATEGORIES) {
            if (answers.categories().contains(category)) {
                categories.addAnswer().setValue(new Coding(SelfIdItems.CDC, category.cdcCode(), category.label()));
            }
        }
        dropIfEmpty(race, categories);
        for (OmbCategory category : Figure1.CATEGORIES) {
            QuestionnaireResponseItemComponent detailed = race.addItem().setLinkId(SelfIdItems.detailed(category));
            for (Figure1Group group : Figure1.groupsOf(category)) {
                if (answers.detailedGroups().contains(group.key())) {
                    detailed.addAnswer().setValue(new Coding(SelfIdItems.CDC, group.cdcCode(), group.name()));
                }
            }
            dropIfEmpty(race, detailed);
            String writeIn = answers.writeIns().get(category);
            if (writeIn != null) {
                race.addItem().setLinkId(SelfIdItems.writeIn(category)).addAnswer().setValue(new StringType(writeIn));
            }
        }
        dropIfEmpty(response, race);
        if (answers.languageDeclined()) {
            response.addItem().setLinkId(SelfIdItems.LANGUAGE).addAnswer().setValue(SelfIdItems.declined());
        }
        answers.preferredLanguage().ifPresent(code -> response.addItem().setLinkId(SelfIdItems.LANGUAGE).addAnswer()
                .setValue(new Coding(SelfIdItems.BCP47, code, null)));
        answers.interpreterNeeded().ifPresent(answer -> response.addItem().setLinkId(SelfIdItems.INTERPRETER)
                .addAnswer().setValue(SelfIdItems.yesNo(answer)));
        answers.sexualOrientation().ifPresent(answer -> response.addItem().setLinkId(SelfIdItems.SEXUAL_ORIENTATION)
                .addAnswer().setValue(answer == SexualOrientationAnswer.DECLINED ? SelfIdItems.declined()
                        : new Coding(answer.system(), answer.code(), answer.display())));
        answers.genderIdentity().ifPresent(answer -> response.addItem().setLinkId(SelfIdItems.GENDER_IDENTITY)
                .addAnswer().setValue(answer == GenderIdentityAnswer.DECLINED ? SelfIdItems.declined()
                        : new Coding(answer.system(), answer.code(), answer.display())));
        QuestionnaireResponseItemComponent disability = response.addItem().setLinkId(SelfIdItems.DISABILITY_GROUP);
        for (DisabilityQuestion question : DisabilityQuestion.values()) {
            YesNoAnswer answer = answers.disability().get(question);
            if (answer != null) {
                disability.addItem().setLinkId(SelfIdItems.DISABILITY_PREFIX + question.key()).addAnswer()
                        .setValue(SelfIdItems.yesNo(answer));
            }
        }
        dropIfEmpty(response, disability);
        return response;
    }

    /** The answers a response holds. */
    public static SelfIdentification read(QuestionnaireResponse response) {
        Set<OmbCategory> categories = EnumSet.noneOf(OmbCategory.class);
        Set<String> groups = new TreeSet<>();
        Map<OmbCategory, String> writeIns = new EnumMap<>(OmbCategory.class);
        Map<DisabilityQuestion, YesNoAnswer> disability = new EnumMap<>(DisabilityQuestion.class);
        boolean raceDeclined = false;
        boolean languageDeclined = false;
        Optional<String> language = Optional.empty();
        Optional<YesNoAnswer> interpreter = Optional.empty();
        Optional<SexualOrientationAnswer> orientation = Optional.empty();
        Optional<GenderIdentityAnswer> gender = Optional.empty();
        for (QuestionnaireResponseItemComponent item : flattened(response.getItem())) {
            String linkId = item.getLinkId();
            for (var answer : item.getAnswer()) {
                if (linkId.startsWith(SelfIdItems.WRITE_IN_PREFIX)) {
                    writeIns.put(OmbCategory.fromKey(linkId.substring(SelfIdItems.WRITE_IN_PREFIX.length())),
                            answer.getValueStringType().getValue());
                    continue;
                }
                Coding coding = answer.getValueCoding();
                boolean declined = SelfIdItems.isDeclined(coding);
                if (linkId.equals(SelfIdItems.CATEGORIES)) {
                    if (declined) {
                        raceDeclined = true;
                    } else {
                        categories.add(categoryOf(coding.getCode()));
                    }
                } else if (linkId.startsWith(SelfIdItems.DETAILED_PREFIX)) {
                    OmbCategory category = OmbCategory.fromKey(linkId.substring(SelfIdItems.DETAILED_PREFIX.length()));
                    groups.add(Figure1.groupsOf(category).stream().filter(g -> g.cdcCode().equals(coding.getCode()))
                            .findFirst().orElseThrow(() -> new IllegalArgumentException(
                                    "Not a detailed group of " + category.label() + ": " + coding.getCode())).key());
                } else if (linkId.equals(SelfIdItems.LANGUAGE)) {
                    languageDeclined = declined;
                    language = declined ? Optional.empty() : Optional.of(coding.getCode());
                } else if (linkId.equals(SelfIdItems.INTERPRETER)) {
                    interpreter = Optional.of(SelfIdItems.yesNo(coding));
                } else if (linkId.equals(SelfIdItems.SEXUAL_ORIENTATION)) {
                    orientation = Optional.of(declined ? SexualOrientationAnswer.DECLINED : sexualOrientation(coding));
                } else if (linkId.equals(SelfIdItems.GENDER_IDENTITY)) {
                    gender = Optional.of(declined ? GenderIdentityAnswer.DECLINED : genderIdentity(coding));
                } else if (linkId.startsWith(SelfIdItems.DISABILITY_PREFIX)) {
                    String key = linkId.substring(SelfIdItems.DISABILITY_PREFIX.length());
                    for (DisabilityQuestion question : DisabilityQuestion.values()) {
                        if (question.key().equals(key)) {
                            disability.put(question, SelfIdItems.yesNo(coding));
                        }
                    }
                }
            }
        }
        return new SelfIdentification(categories, groups, writeIns, raceDeclined, language, languageDeclined,
                interpreter, orientation, gender, disability);
    }

    public static String toJson(QuestionnaireResponse response) {
        return FHIR.newJsonParser().encodeResourceToString(response);
    }

    public static QuestionnaireResponse fromJson(String json) {
        return FHIR.newJsonParser().parseResource(QuestionnaireResponse.class, json);
    }

    private static OmbCategory categoryOf(String cdcCode) {
        for (OmbCategory category : OmbCategory.values()) {
            if (category.cdcCode().equals(cdcCode)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Not a minimum category: " + cdcCode);
    }

    private static SexualOrientationAnswer sexualOrientation(Coding coding) {
        for (SexualOrientationAnswer answer : SexualOrientationAnswer.values()) {
            if (answer.code().equals(coding.getCode())) {
                return answer;
            }
        }
        throw new IllegalArgumentException("Not a sexual orientation answer: " + coding.getCode());
    }

    private static GenderIdentityAnswer genderIdentity(Coding coding) {
        for (GenderIdentityAnswer answer : GenderIdentityAnswer.values()) {
            if (answer.code().equals(coding.getCode())) {
                return answer;
            }
        }
        throw new IllegalArgumentException("Not a gender identity answer: " + coding.getCode());
    }

    private static List<QuestionnaireResponseItemComponent> flattened(List<QuestionnaireResponseItemComponent> items) {
        List<QuestionnaireResponseItemComponent> all = new ArrayList<>();
        for (QuestionnaireResponseItemComponent item : items) {
            all.add(item);
            all.addAll(flattened(item.getItem()));
        }
        return all;
    }

    private static void dropIfEmpty(QuestionnaireResponse response, QuestionnaireResponseItemComponent item) {
        if (!item.hasAnswer() && !item.hasItem()) {
            response.getItem().remove(item);
        }
    }

    private static void dropIfEmpty(QuestionnaireResponseItemComponent parent, QuestionnaireResponseItemComponent item) {
        if (!item.hasAnswer() && !item.hasItem()) {
            parent.getItem().remove(item);
        }
    }
}
