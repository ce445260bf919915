package org.stratum.engine.generate.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.stratum.core.terminology.Coding;

/**
 * Writes FHIR R4 JSON resources, one per line (bulk-data NDJSON), with Jackson's streaming
 * generator: the generator's hot path cannot afford building HAPI object trees. Tests parse every
 * line back with HAPI FHIR to prove the output is valid R4.
 */
final class FhirJson {
    static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final JsonGenerator json;
    private long resources;

    FhirJson() {
        try {
            json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a resource on a new line. */
    FhirJson begin(String resourceType, String id) throws IOException {
        json.writeStartObject();
        json.writeStringField("resourceType", resourceType);
        json.writeStringField("id", id);
        return this;
    }

    void end() throws IOException {
        json.writeEndObject();
        json.flush();
        bytes.write('\n');
        resources++;
    }

    JsonGenerator json() {
        return json;
    }

    long resources() {
        return resources;
    }

    byte[] toBytes() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    FhirJson string(String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
        return this;
    }

    FhirJson coding(Coding coding) throws IOException {
        json.writeStartObject();
        json.writeStringField("system", coding.system());
        json.writeStringField("code", coding.code());
        if (coding.display() != null) {
            json.writeStringField("display", coding.display());
        }
        json.writeEndObject();
        return this;
    }

    FhirJson codeableConcept(String field, Coding coding) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeArrayFieldStart("coding");
        coding(coding);
        json.writeEndArray();
        json.writeEndObject();
        return this;
    }

    FhirJson codeableConceptArray(String field, Coding coding) throws IOException {
        json.writeArrayFieldStart(field);
        json.writeStartObject();
        json.writeArrayFieldStart("coding");
        coding(coding);
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        return this;
    }

    FhirJson reference(String field, String type, String id) throws IOException {
        if (id != null) {
            json.writeObjectFieldStart(field);
            json.writeStringField("reference", type + "/" + id);
            json.writeEndObject();
        }
        return this;
    }

    FhirJson period(String field, LocalDateTime start, LocalDateTime end) throws IOException {
        json.writeObjectFieldStart(field);
        string("start", instant(start));
        string("end", instant(end));
        json.writeEndObject();
        return this;
    }

    FhirJson datePeriod(String field, LocalDate start, LocalDate end) throws IOException {
        json.writeObjectFieldStart(field);
        string("start", start == null ? null : start.toString());
        string("end", end == null ? null : end.toString());
        json.writeEndObject();
        return this;
    }

    FhirJson quantity(String field, double value, String unit) throws IOException {
        json.writeObjectFieldStart(field);
        if (value == Math.rint(value)) {
            json.writeNumberField("value", (long) value);
        } else {
            json.writeNumberField("value", value);
        }
        json.writeStringField("unit", unit);
        json.writeStringField("system", "http://unitsofmeasure.org");
        json.writeStringField("code", unit);
        json.writeEndObject();
        return this;
    }

    FhirJson profile(String profile) throws IOException {
        if (profile != null) {
            json.writeObjectFieldStart("meta");
            json.writeArrayFieldStart("profile");
            json.writeString(profile);
            json.writeEndArray();
            json.writeEndObject();
        }
        return this;
    }

    /** FHIR instants need a zone; Stratum times are UTC. */
    static String instant(LocalDateTime time) {
        return time == null ? null : INSTANT.format(time);
    }
}
