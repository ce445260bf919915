package org.stratum.engine.real.selfid;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SchemaBaseValidator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.CdcRaceEthnicityCodeSet;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.Figure1;
import org.stratum.core.real.selfid.Figure1Group;
import org.stratum.core.real.selfid.GenderIdentityAnswer;
import org.stratum.core.real.selfid.SelfIdentification;
import org.stratum.core.real.selfid.SexualOrientationAnswer;
import org.stratum.core.real.selfid.YesNoAnswer;

class SelfIdQuestionnaireTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void questionnaireValidatesAgainstTheFhirSchema() {
        assertValid(Questionnaire.class, SelfIdQuestionnaire.build());
    }

    @Test
    void offersEveryFigure1DetailedGroupUnderItsCategoryAndMiddleEasternOrNorthAfrican() {
        Questionnaire form = SelfIdQuestionnaire.build();
        QuestionnaireItemComponent race = form.getItem().get(0);
        List<String> categories = codes(item(race, SelfIdItems.CATEGORIES));
        assertThat(categories).containsExactly("1002-5", "2028-9", "2054-5", "2135-2", "2118-8", "2076-8", "2106-3",
                "asked-declined");
        for (Figure1Group group : Figure1.GROUPS) {
            assertThat(codes(item(race, SelfIdItems.detailed(group.category())))).as(group.name()).contains(group.cdcCode());
        }
        assertThat(Figure1.GROUPS).hasSize(36);
        assertThat(codes(item(race, SelfIdItems.detailed(OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN))))
                .containsExactly("2123-8", "2121-2", "2120-4", "2125-3", "2122-0", "2127-9");
        for (OmbCategory category : Figure1.CATEGORIES) {
            assertThat(item(race, SelfIdItems.writeIn(category)).getType())
                    .isEqualTo(Questionnaire.QuestionnaireItemType.STRING);
        }
    }

    @Test
    void everyDetailedGroupIsACdcCodeThatRollsUpToItsCategory() {
        CdcRaceEthnicityCodeSet codes = CdcRaceEthnicityCodeSet.load();
        for (Figure1Group group : Figure1.GROUPS) {
            assertThat(codes.category(group.cdcCode())).as(group.name()).contains(group.category());
        }
        assertThat(codes.concept("2184-0").orElseThrow().display()).isEqualTo("Dominican");
        assertThat(codes.category("2184-0")).contains(OmbCategory.HISPANIC_OR_LATINO);
    }

    @Test
    void responseValidatesAndReadsBackAsTheSameAnswers() {
        SelfIdentification answers = new SelfIdentification(Set.of(OmbCategory.ASIAN),
                Set.of("vietnamese", "somali", "lebanese"), Map.of(OmbCategory.ASIAN, "Hmong"), false,
                Optional.of("vi"), false, Optional.of(YesNoAnswer.YES), Optional.of(SexualOrientationAnswer.DECLINED),
                Optional.of(GenderIdentityAnswer.NONBINARY), Map.of(DisabilityQuestion.HEARING, YesNoAnswer.NO,
                DisabilityQuestion.WALKING, YesNoAnswer.DECLINED));
        QuestionnaireResponse response = SelfIdQuestionnaireResponses.of("p-1", answers,
                Instant.parse("2026-05-04T10:15:00Z"), "vi");
        assertValid(QuestionnaireResponse.class, response);
        String json = SelfIdQuestionnaireResponses.toJson(response);
        assertThat(SelfIdQuestionnaireResponses.read(SelfIdQuestionnaireResponses.fromJson(json))).isEqualTo(answers);
        assertThat(json).contains("\"language\":\"vi\"").contains("Patient/p-1");
    }

    @Test
    void declinedAndBlankAnswersReadBack() {
        SelfIdentification answers = new SelfIdentification(Set.of(), Set.of(), Map.of(), true, Optional.empty(), true,
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        QuestionnaireResponse response = SelfIdQuestionnaireResponses.of("p-2", answers, Instant.now(), "es");
        assertValid(QuestionnaireResponse.class, response);
        assertThat(SelfIdQuestionnaireResponses.read(response)).isEqualTo(answers);
    }

    private static <T extends IBaseResource> void assertValid(Class<T> type, T resource) {
        String json = FHIR.newJsonParser().encodeResourceToString(resource);
        T parsed = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(type, json);
        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new SchemaBaseValidator(FHIR));
        assertThat(validator.validateWithResult(parsed).getMessages()).as(json).isEmpty();
    }

    private static QuestionnaireItemComponent item(QuestionnaireItemComponent group, String linkId) {
        return group.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
    }

    private static List<String> codes(QuestionnaireItemComponent item) {
        return item.getAnswerOption().stream().map(o -> ((Coding) o.getValue()).getCode()).toList();
    }
}
