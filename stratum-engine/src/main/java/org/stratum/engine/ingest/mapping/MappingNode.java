package org.stratum.engine.ingest.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a mapping file, with the line it is on: a scalar (kept as written, so {@code 0123}
 * and {@code yes} stay text), a list, or a map with its keys in file order. Jackson's YAML parser
 * reads the file; this keeps the line numbers that error messages need.
 */
final class MappingNode {
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path file;
    private final int line;
    private final Object value; // String (null for a YAML null), List<MappingNode> or Map<String, MappingNode>

    private MappingNode(Path file, int line, Object value) {
        this.file = file;
        this.line = line;
        this.value = value;
    }

    static MappingNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = YAML.createParser(reader)) {
            if (parser.nextToken() == null) {
                throw new MappingInvalid(file, 0, "the mapping file is empty");
            }
            return node(file, parser, parser.currentTokenLocation().getLineNr());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MappingInvalid(file, line, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MappingInvalid(file, 0, "the mapping file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static MappingNode node(Path file, JsonParser parser, int line) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, MappingNode> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (entries.put(key, node(file, parser, keyLine)) != null) {
                    throw new MappingInvalid(file, keyLine, "'" + key + "' is given twice");
                }
            }
            return new MappingNode(file, line, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<MappingNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(file, parser, parser.currentTokenLocation().getLineNr()));
            }
            return new MappingNode(file, line, items);
        }
        return new MappingNode(file, line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    Path file() {
        return file;
    }

    int line() {
        return line;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    /** The scalar's text; a YAML null (an empty value) is an error. */
    String text(String what) {
        if (value instanceof String text) {
            return text;
        }
        throw invalid(what + " must be a single value" + (value == null ? ", not empty" : ""));
    }

    /** true or false, written as YAML writes them (true/false, yes/no). */
    boolean yesNo(String what) {
        String text = text(what).toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "on").contains(text)) {
            return true;
        }
        if (List.of("false", "no", "off").contains(text)) {
            return false;
        }
        throw invalid(what + " must be true or false, not \"" + text + "\"");
    }

    @SuppressWarnings("unchecked")
    List<MappingNode> list(String what) {
        if (value instanceof List<?> items) {
            return (List<MappingNode>) items;
        }
        throw invalid(what + " must be a list");
    }

    @SuppressWarnings("unchecked")
    Map<String, MappingNode> map(String what) {
        if (value instanceof Map<?, ?> entries) {
            return (Map<String, MappingNode>) entries;
        }
        throw invalid(what + " must be a set of 'name: value' entries");
    }

    /** The map's entry for a key; an error naming the keys allowed when the map has another key. */
    Optional<MappingNode> get(String key) {
        return Optional.ofNullable(map("this").get(key));
    }

    MappingNode require(String key, String what) {
        return get(key).orElseThrow(() -> invalid(what + " needs '" + key + "'"));
    }

    /** Fails on the first key that is not one of these, at that key's line. */
    void allowOnly(String where, Collection<String> keys) {
        map(where).forEach((key, node) -> {
            if (!keys.contains(key)) {
                throw node.invalid("unknown key '" + key + "' in " + where + "; allowed: " + String.join(", ", keys));
            }
        });
    }

    MappingInvalid invalid(String reason) {
        return new MappingInvalid(file, line, reason);
    }
}
