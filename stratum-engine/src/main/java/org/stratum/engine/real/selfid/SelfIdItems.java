package org.stratum.engine.real.selfid;

import org.hl7.fhir.r4.model.Coding;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.real.selfid.YesNoAnswer;

/** The linkIds and answer codings shared by the Questionnaire and its responses. */
final class SelfIdItems {
    static final String QUESTIONNAIRE_URL = "urn:stratum:fhir:questionnaire:self-identification";
    static final String VERSION = "1";
    static final String CDC = "urn:oid:2.16.840.1.113883.6.238";
    static final String LOINC = "http://loinc.org";
    static final String BCP47 = "urn:ietf:bcp:47";
    static final String YES_NO = "http://terminology.hl7.org/CodeSystem/v2-0136";

    static final String RACE_GROUP = "race-ethnicity";
    static final String CATEGORIES = "race-ethnicity.categories";
    static final String DETAILED_PREFIX = "race-ethnicity.detailed.";
    static final String WRITE_IN_PREFIX = "race-ethnicity.write-in.";
    static final String LANGUAGE = "preferred-language";
    static final String INTERPRETER = "interpreter-needed";
    static final String SEXUAL_ORIENTATION = "sexual-orientation";
    static final String GENDER_IDENTITY = "gender-identity";
    static final String DISABILITY_GROUP = "disability";
    static final String DISABILITY_PREFIX = "disability.";

    private SelfIdItems() {
    }

    static String detailed(OmbCategory category) {
        return DETAILED_PREFIX + category.key();
    }

    static String writeIn(OmbCategory category) {
        return WRITE_IN_PREFIX + category.key();
    }

    /** "Prefer not to answer": data-absent-reason asked-declined, as US Core codes a declined answer. */
    static Coding declined() {
        ResponseStatus declined = ResponseStatus.DECLINED;
        return new Coding(declined.fhirSystem(), declined.fhirCode(), declined.fhirDisplay());
    }

    static boolean isDeclined(Coding coding) {
        return ResponseStatus.DECLINED.fhirSystem().equals(coding.getSystem())
                && ResponseStatus.DECLINED.fhirCode().equals(coding.getCode());
    }

    static Coding yesNo(YesNoAnswer answer) {
        return switch (answer) {
            case YES -> new Coding(YES_NO, "Y", "Yes");
            case NO -> new Coding(YES_NO, "N", "No");
            case DECLINED -> declined();
        };
    }

    static YesNoAnswer yesNo(Coding coding) {
        if (isDeclined(coding)) {
            return YesNoAnswer.DECLINED;
        }
        return switch (coding.getCode()) {
            case "Y" -> YesNoAnswer.YES;
            case "N" -> YesNoAnswer.NO;
            default -> throw new IllegalArgumentException("Not a yes/no answer: " + coding.getCode());
        };
    }
}
