package org.stratum.app.workflow.selfid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.selfid.DisabilityQuestion;
import org.stratum.core.real.selfid.Figure1;
import org.stratum.core.real.selfid.Figure1Group;

/** The form's message bundles: complete in every language, and honest about their review status. */
class KioskWordingTests {
    private final KioskWording wording = new KioskWording();

    @Test
    void everyTranslationHasEveryTextOfTheEnglishSource() {
        Map<String, String> english = wording.ownTexts(FormLanguage.ENGLISH);
        for (FormLanguage language : FormLanguage.values()) {
            assertThat(wording.ownTexts(language).keySet()).as(language.tag()).containsAll(english.keySet());
            assertThat(wording.ownTexts(language).values()).as(language.tag()).noneMatch(String::isBlank);
        }
    }

    @Test
    void everyCategoryDetailedGroupAndDisabilityQuestionHasItsWording() {
        Map<String, String> english = wording.ownTexts(FormLanguage.ENGLISH);
        for (OmbCategory category : Figure1.CATEGORIES) {
            assertThat(english).containsKeys("category." + category.key(), "writein." + category.key());
        }
        for (Figure1Group group : Figure1.GROUPS) {
            assertThat(english.get("group." + group.key())).isEqualTo(group.name());
        }
        for (DisabilityQuestion question : DisabilityQuestion.values()) {
            assertThat(english).containsKey("disability." + question.key());
        }
    }

    @Test
    void translationsAreMarkedUnreviewedUntilCommunityMembersReviewThem() {
        assertThat(wording.reviewed(FormLanguage.ENGLISH)).isTrue();
        for (FormLanguage language : FormLanguage.values()) {
            if (language != FormLanguage.ENGLISH) {
                assertThat(wording.reviewed(language)).as(language.tag()).isFalse();
                assertThat(wording.of(language).get("form.race.legend")).as(language.tag())
                        .isNotEqualTo(wording.of(FormLanguage.ENGLISH).get("form.race.legend"));
            }
        }
    }
}
