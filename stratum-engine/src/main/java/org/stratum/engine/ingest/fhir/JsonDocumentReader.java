package org.stratum.engine.ingest.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON document that is either one resource or a Bundle (collection, transaction, batch,
 * searchset…). Bundle entries are streamed one at a time, so a large Bundle is never held whole.
 * An entry whose resource has no id takes it from a {@code urn:uuid:} fullUrl, as transaction
 * Bundles are written; references in the form {@code urn:uuid:…} then resolve to it.
 */
final class JsonDocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    void read(InputStream in, ResourceSink sink) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                sink.problem(new SourceProblem(1, -1, "the file is not a JSON object (a FHIR resource or Bundle)"));
                return;
            }
            readObject(parser, sink);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.problem(new SourceProblem(line, -1, "not valid JSON: " + e.getOriginalMessage()));
        }
    }

    /** Reads the top-level object field by field until it knows whether it is a Bundle. */
    private void readObject(JsonParser parser, ResourceSink sink) throws IOException {
        ObjectNode head = JSON.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("entry") && "Bundle".equals(head.path("resourceType").asText())) {
                readEntries(parser, sink);
            } else {
                head.set(field, JSON.readTree(parser));
            }
        }
        if (!head.has("resourceType")) {
            sink.notFhir();
        } else if (!"Bundle".equals(head.path("resourceType").asText())) {
            sink.resource(new RawResource(0, -1, JSON.writeValueAsString(head)));
        } else if (head.has("entry")) {
            // "entry" came before "resourceType": it was buffered; read it from the tree.
            try (JsonParser entries = JSON.treeAsTokens(head.get("entry"))) {
                entries.nextToken();
                readEntries(entries, sink);
            }
        }
    }

    private void readEntries(JsonParser parser, ResourceSink sink) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            sink.problem(new SourceProblem(parser.currentLocation().getLineNr(), -1, "Bundle.entry is not an array"));
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = JSON.readTree(parser);
            JsonNode resource = entry.path("resource");
            if (!resource.isObject()) {
                if (!entry.path("request").path("method").asText().equals("DELETE")) {
                    sink.problem(new SourceProblem(0, index, "the Bundle entry has no resource"));
                }
            } else {
                String fullUrl = entry.path("fullUrl").asText("");
                if (!resource.hasNonNull("id") && fullUrl.startsWith("urn:uuid:")) {
                    ((ObjectNode) resource).put("id", fullUrl.substring("urn:uuid:".length()));
                }
                sink.resource(new RawResource(0, index, JSON.writeValueAsString(resource)));
            }
            index++;
        }
    }
}
