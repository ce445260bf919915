package org.stratum.engine.generate.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stratum.core.real.OmbCategory;
import org.stratum.core.real.RealFhirExtensions;
import org.stratum.core.real.ResponseStatus;
import org.stratum.core.terminology.CodeSystems;
import org.stratum.core.terminology.Coding;
import org.stratum.engine.generate.people.Person;
import org.stratum.engine.generate.record.RaceEthnicityAnswer;

/**
 * Writes a Patient with US Core's race, ethnicity, birth sex, gender identity and interpreter-needed
 * extensions and its preferred language. US Core carries the 1997 two-question shape, so answers
 * to the OMB 2024 combined question are mapped the way the REAL reference describes: Hispanic or
 * Latino becomes the ethnicity, Middle Eastern or North African becomes White with its detail, and
 * a Hispanic-only answer has no race. Only the latest asking is written; the CSV layout keeps all.
 */
final class FhirPatientResource {
    static final String US_CORE_PATIENT = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient";
    private static final Coding NOT_HISPANIC = new Coding(CodeSystems.CDC_RACE_ETHNICITY, "2186-5", "Not Hispanic or Latino");
    private static final Map<String, Coding> INTERPRETER = Map.of(
            "yes", new Coding(CodeSystems.SNOMED_CT, "373066001", "Yes (qualifier value)"),
            "no", new Coding(CodeSystems.SNOMED_CT, "373067005", "No (qualifier value)"),
            "unknown", new Coding(CodeSystems.SNOMED_CT, "261665006", "Unknown (qualifier value)"));
    private static final Map<String, String> GENDER_IDENTITY = Map.of(
            "446141000124107", "Identifies as female gender (finding)",
            "446151000124109", "Identifies as male gender (finding)",
            "33791000087105", "Identifies as nonbinary gender (finding)");

    private FhirPatientResource() {
    }

    static void write(FhirJson f, Person p) throws IOException {
        JsonGenerator json = f.json();
        f.begin("Patient", p.id()).profile(US_CORE_PATIENT);
        json.writeArrayFieldStart("extension");
        List<RaceEthnicityAnswer> latest = latest(p.raceEthnicity());
        raceAndEthnicity(f, latest);
        json.writeStartObject();
        json.writeStringField("url", RealFhirExtensions.US_CORE_BIRTH_SEX);
        json.writeStringField("valueCode", p.birthSex());
        json.writeEndObject();
        if (p.genderIdentity() != null) {
            json.writeStartObject();
            json.writeStringField("url", RealFhirExtensions.US_CORE_GENDER_IDENTITY);
            Coding identity = p.genderIdentity().equals("ASKU")
                    ? new Coding(CodeSystems.NULL_FLAVOR, "ASKU", "asked but unknown")
                    : new Coding(CodeSystems.SNOMED_CT, p.genderIdentity(), GENDER_IDENTITY.get(p.genderIdentity()));
            f.codeableConcept("valueCodeableConcept", identity);
            json.writeEndObject();
        }
        json.writeStartObject();
        json.writeStringField("url", RealFhirExtensions.US_CORE_INTERPRETER_NEEDED);
        json.writeFieldName("valueCoding");
        f.coding(INTERPRETER.get(p.interpreterNeeded()));
        json.writeEndObject();
        json.writeEndArray();

        json.writeArrayFieldStart("identifier");
        json.writeStartObject();
        json.writeStringField("system", "urn:stratum:synthetic:mrn");
        json.writeStringField("value", p.mrn());
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("name");
        json.writeStartObject();
        json.writeStringField("family", p.familyName());
        json.writeArrayFieldStart("given");
        json.writeString(p.givenName());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeStringField("gender", p.female() ? "female" : "male");
        json.writeStringField("birthDate", p.birthDate().toString());
        if (p.deathDate() != null) {
            json.writeStringField("deceasedDateTime", p.deathDate().toString());
        }
        json.writeArrayFieldStart("address");
        json.writeStartObject();
        json.writeStringField("use", "home");
        json.writeStringField("city", p.area().name());
        json.writeStringField("state", "CA");
        json.writeStringField("postalCode", p.area().zip());
        json.writeEndObject();
        json.writeEndArray();
        if (p.recordedLanguage() != null) {
            json.writeArrayFieldStart("communication");
            json.writeStartObject();
            String name = Locale.forLanguageTag(p.recordedLanguage()).getDisplayName(Locale.ENGLISH);
            f.codeableConcept("language", new Coding(CodeSystems.BCP_47, p.recordedLanguage(), name));
            json.writeBooleanField("preferred", true);
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeArrayFieldStart("generalPractitioner");
        json.writeStartObject();
        json.writeStringField("reference", "Practitioner/" + p.primaryClinician().id());
        json.writeEndObject();
        json.writeEndArray();
        f.reference("managingOrganization", "Organization", p.site().id());
        f.end();
    }

    private static List<RaceEthnicityAnswer> latest(List<RaceEthnicityAnswer> answers) {
        LocalDate newest = answers.stream().map(RaceEthnicityAnswer::recordedOn).max(Comparator.naturalOrder()).orElseThrow();
        return answers.stream().filter(a -> a.recordedOn().equals(newest)).toList();
    }

    private static void raceAndEthnicity(FhirJson f, List<RaceEthnicityAnswer> answers) throws IOException {
        RaceEthnicityAnswer first = answers.get(0);
        if (first.response() != ResponseStatus.ANSWERED && first.question().equals("combined")) {
            extension(f, RealFhirExtensions.US_CORE_RACE, List.of(first), List.of(), text(first));
            extension(f, RealFhirExtensions.US_CORE_ETHNICITY, List.of(first), List.of(), text(first));
            return;
        }
        Map<String, List<RaceEthnicityAnswer>> race = new LinkedHashMap<>();
        Map<String, List<RaceEthnicityAnswer>> ethnicity = new LinkedHashMap<>();
        race.put("ombCategory", new ArrayList<>());
        race.put("detailed", new ArrayList<>());
        ethnicity.put("ombCategory", new ArrayList<>());
        ethnicity.put("detailed", new ArrayList<>());
        for (RaceEthnicityAnswer a : answers) {
            boolean hispanic = a.category() == OmbCategory.HISPANIC_OR_LATINO || a.question().equals("ethnicity");
            Map<String, List<RaceEthnicityAnswer>> target = hispanic ? ethnicity : race;
            boolean mena = a.category() == OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN && !a.detailed();
            boolean minimum = a.response() != ResponseStatus.ANSWERED || mena
                    || (!a.detailed() && (hispanic || isOmbRace(a.code().code())));
            target.get(minimum ? "ombCategory" : "detailed").add(a);
            if (mena) {
                target.get("detailed").add(a); // White as the OMB race, MENA kept as its detail
            }
        }
        if (first.question().equals("combined") && ethnicity.get("ombCategory").isEmpty()) {
            ethnicity.get("ombCategory").add(new RaceEthnicityAnswer("combined", ResponseStatus.ANSWERED, NOT_HISPANIC,
                    null, false, null, first.source(), first.recordedOn(), first.collectedVia()));
        }
        extension(f, RealFhirExtensions.US_CORE_RACE, race.get("ombCategory"), race.get("detailed"),
                joinedText(race, "Hispanic or Latino"));
        extension(f, RealFhirExtensions.US_CORE_ETHNICITY, ethnicity.get("ombCategory"), ethnicity.get("detailed"),
                joinedText(ethnicity, "Unknown"));
    }

    private static boolean isOmbRace(String code) {
        return code.equals("1002-5") || code.equals("2028-9") || code.equals("2054-5") || code.equals("2076-8")
                || code.equals("2106-3");
    }

    private static void extension(FhirJson f, String url, List<RaceEthnicityAnswer> omb, List<RaceEthnicityAnswer> detailed,
                                  String text) throws IOException {
        JsonGenerator json = f.json();
        json.writeStartObject();
        json.writeStringField("url", url);
        json.writeArrayFieldStart("extension");
        Set<String> written = new HashSet<>();
        for (RaceEthnicityAnswer a : omb) {
            if (written.add(ombCode(a))) {
                answerCoding(f, "ombCategory", a, true);
            }
        }
        for (RaceEthnicityAnswer a : detailed) {
            answerCoding(f, "detailed", a, false);
        }
        json.writeStartObject();
        json.writeStringField("url", "text");
        json.writeStringField("valueString", text);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String ombCode(RaceEthnicityAnswer a) {
        return a.category() == OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN ? "2106-3" : a.code().code();
    }

    /** One answer as a Coding, carrying who gave it, when and to which question. */
    private static void answerCoding(FhirJson f, String slice, RaceEthnicityAnswer a, boolean minimum) throws IOException {
        JsonGenerator json = f.json();
        Coding code = a.code();
        if (minimum && a.category() == OmbCategory.MIDDLE_EASTERN_OR_NORTH_AFRICAN) {
            code = new Coding(CodeSystems.CDC_RACE_ETHNICITY, "2106-3", "White");
        }
        if (a.response() == ResponseStatus.DECLINED) {
            // US Core allows only the null flavours here; the extension below keeps "declined".
            code = new Coding(CodeSystems.NULL_FLAVOR, "ASKU", ResponseStatus.ASKED_NO_ANSWER.fhirDisplay());
        }
        json.writeStartObject();
        json.writeStringField("url", slice);
        json.writeObjectFieldStart("valueCoding");
        json.writeArrayFieldStart("extension");
        if (a.source() != null) {
            simple(json, RealFhirExtensions.SOURCE, "valueCode", a.source().code());
        }
        simple(json, RealFhirExtensions.RECORDED, "valueDate", a.recordedOn().toString());
        simple(json, RealFhirExtensions.QUESTION, "valueCode", a.question());
        if (a.response() == ResponseStatus.DECLINED) {
            simple(json, RealFhirExtensions.RESPONSE, "valueCode", "declined");
        }
        json.writeEndArray();
        json.writeStringField("system", code.system());
        json.writeStringField("code", code.code());
        if (code.display() != null) {
            json.writeStringField("display", code.display());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void simple(JsonGenerator json, String url, String valueField, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", url);
        json.writeStringField(valueField, value);
        json.writeEndObject();
    }

    private static String joinedText(Map<String, List<RaceEthnicityAnswer>> slices, String whenEmpty) {
        List<String> parts = new ArrayList<>();
        slices.values().forEach(list -> list.forEach(a -> parts.add(text(a))));
        return parts.isEmpty() ? whenEmpty : String.join(", ", parts.stream().distinct().toList());
    }

    private static String text(RaceEthnicityAnswer a) {
        return switch (a.response()) {
            case ANSWERED -> a.writeIn() != null ? a.writeIn() : a.code().display();
            case DECLINED -> "Declined to answer";
            case ASKED_NO_ANSWER -> "Asked but no answer";
            case UNKNOWN -> "Unknown";
        };
    }
}
