package org.stratum.engine.ingest.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the patient of a test-case folder (the eCQM test suite's layout: one folder per test case,
 * holding one Patient and the resources about them). Only the top of each JSON file is read.
 */
final class TestCaseFolders {
    private static final JsonFactory JSON = new JsonFactory();

    private TestCaseFolders() {
    }

    static Optional<String> patientIn(List<Path> files) {
        for (Path file : files) {
            if (!file.getFileName().toString().toLowerCase().endsWith(".json")) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(file.toFile())) {
                String type = null;
                String id = null;
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME && (type == null || id == null)) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("resourceType")) {
                        type = parser.getText();
                    } else if (field.equals("id")) {
                        id = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                if ("Patient".equals(type) && id != null) {
                    return Optional.of(id);
                }
            } catch (IOException unreadable) {
                // The file is reported when it is read for loading.
            }
        }
        return Optional.empty();
    }
}
