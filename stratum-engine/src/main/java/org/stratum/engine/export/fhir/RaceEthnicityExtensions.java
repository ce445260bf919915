package org.stratum.engine.export.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.stratum.core.real.RealFhirExtensions;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.CodeSystems;

/**
 * A patient's race and ethnicity answers as US Core's race and ethnicity extensions. Every answer is
 * one coding carrying who gave it, when, to which question and through which channel, so that
 * importing the Patient gives back the same rows. US Core only knows the 1997 two-question shape, so
 * answers to the 2024 combined question are also shown in it (Hispanic in the ethnicity extension,
 * MENA under White, Not Hispanic beside a combined answer without Hispanic); the codings added only for
 * that view are marked {@link RealFhirExtensions#DERIVED}.
 */
final class RaceEthnicityExtensions {
    private static final Set<String> OMB_CODES = Set.of("1002-5", "2028-9", "2054-5", "2076-8", "2106-3", "2135-2", "2186-5");
    private static final Coding WHITE = new Coding(CodeSystems.CDC_RACE_ETHNICITY, "2106-3", "White");
    private static final Coding NOT_HISPANIC = new Coding(CodeSystems.CDC_RACE_ETHNICITY, "2186-5", "Not Hispanic or Latino");

    private RaceEthnicityExtensions() {
    }

    /** The race and ethnicity extensions, or none when the patient has no answer on record. */
    static List<Extension> of(List<RealAnswerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Extension race = new Extension(RealFhirExtensions.US_CORE_RACE);
        Extension ethnicity = new Extension(RealFhirExtensions.US_CORE_ETHNICITY);
        for (RealAnswerRow row : rows) {
            boolean toEthnicity = row.question().equals("ethnicity") || row.combined() && row.hispanic();
            Extension target = toEthnicity ? ethnicity : race;
            boolean minimumCode = !row.answered() || OMB_CODES.contains(row.code());
            boolean inDetailedSlice = row.detailed() || !minimumCode;
            target.addExtension(inDetailedSlice ? "detailed" : "ombCategory",
                    coding(row, inDetailedSlice != row.detailed(), false));
            if (row.combined() && !row.answered()) {
                ethnicity.addExtension("ombCategory", coding(row, false, true));
            }
            if ("MENA".equals(row.ombCategory()) && !row.detailed()) {
                race.addExtension("ombCategory", derived(WHITE, row));
            }
        }
        Map<List<Object>, RealAnswerRow> combinedAskings = new LinkedHashMap<>();
        Set<List<Object>> hispanicAskings = new HashSet<>();
        for (RealAnswerRow row : rows) {
            if (row.combined() && row.answered()) {
                List<Object> asking = Arrays.asList(row.recordedOn(), row.reportingSource());
                combinedAskings.putIfAbsent(asking, row);
                if (row.hispanic()) {
                    hispanicAskings.add(asking);
                }
            }
        }
        combinedAskings.forEach((asking, first) -> {
            if (!hispanicAskings.contains(asking)) {
                ethnicity.addExtension("ombCategory", derived(NOT_HISPANIC, first));
            }
        });
        List<Extension> extensions = new ArrayList<>();
        for (Extension extension : List.of(race, ethnicity)) {
            extension.addExtension("text", new StringType(text(extension)));
            extensions.add(extension);
        }
        return extensions;
    }

    private static Coding coding(RealAnswerRow row, boolean detailedFlag, boolean derived) {
        Coding coding = row.response().equals("declined")
                // US Core allows only the null flavours in place of an answer; the extension keeps "declined".
                ? new Coding(CodeSystems.NULL_FLAVOR, "ASKU", ResponseStatus.ASKED_NO_ANSWER.fhirDisplay())
                : new Coding(row.system(), row.code(), row.display());
        provenance(coding, row);
        if (row.response().equals("declined")) {
            coding.addExtension(RealFhirExtensions.RESPONSE, new CodeType("declined"));
        }
        if (row.writeIn() != null) {
            coding.addExtension(RealFhirExtensions.WRITE_IN, new StringType(row.writeIn()));
        }
        if (detailedFlag) {
            coding.addExtension(RealFhirExtensions.DETAILED, new BooleanType(row.detailed()));
        }
        if (derived) {
            coding.addExtension(RealFhirExtensions.DERIVED, new BooleanType(true));
        }
        return coding;
    }

    private static Coding derived(Coding code, RealAnswerRow from) {
        Coding coding = code.copy();
        provenance(coding, from);
        coding.addExtension(RealFhirExtensions.DERIVED, new BooleanType(true));
        return coding;
    }

    private static void provenance(Coding coding, RealAnswerRow row) {
        if (row.reportingSource() != null) {
            coding.addExtension(RealFhirExtensions.SOURCE, new CodeType(row.reportingSource()));
        }
        if (row.recordedOn() != null) {
            coding.addExtension(RealFhirExtensions.RECORDED, new DateType(row.recordedOn().toString()));
        }
        coding.addExtension(RealFhirExtensions.QUESTION, new CodeType(row.question()));
        if (row.collectedVia() != null) {
            coding.addExtension(RealFhirExtensions.COLLECTED_VIA, new CodeType(row.collectedVia()));
        }
    }

    /** US Core's required text: the answers' displays (write-ins where given), else the derived view's. */
    private static String text(Extension extension) {
        List<String> answers = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        for (Extension part : extension.getExtension()) {
            Coding coding = (Coding) part.getValue();
            Extension writeIn = coding.getExtensionByUrl(RealFhirExtensions.WRITE_IN);
            String shown = writeIn != null ? writeIn.getValue().primitiveValue()
                    : coding.getExtensionByUrl(RealFhirExtensions.RESPONSE) != null ? "Declined to answer"
                    : coding.getDisplay() != null ? coding.getDisplay() : coding.getCode();
            (coding.getExtensionByUrl(RealFhirExtensions.DERIVED) != null ? derived : answers).add(shown);
        }
        List<String> shown = (answers.isEmpty() ? derived : answers).stream().distinct().toList();
        return shown.isEmpty() ? "Not recorded" : String.join(", ", shown);
    }
}
