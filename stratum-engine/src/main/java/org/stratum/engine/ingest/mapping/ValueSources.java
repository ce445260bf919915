package org.stratum.engine.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads where a column's value comes from: exactly one of {@code column}, {@code value} or {@code concat}. */
final class ValueSources {
    private ValueSources() {
    }

    static ValueSource read(MappingNode spec, String target) {
        Map<String, MappingNode> keys = spec.map("column " + target);
        long given = List.of("column", "value", "concat").stream().filter(keys::containsKey).count();
        if (given != 1) {
            throw spec.invalid("column " + target + " needs exactly one of column (a source column), value (a constant)"
                    + " or concat (columns and constants joined)");
        }
        if (keys.containsKey("separator") && !keys.containsKey("concat")) {
            throw keys.get("separator").invalid("separator goes with concat");
        }
        if (keys.containsKey("column")) {
            MappingNode column = keys.get("column");
            return new SourceColumn(column.text("column"), column.line());
        }
        if (keys.containsKey("value")) {
            return new Constant(keys.get("value").text("value"));
        }
        List<ValueSource> parts = new ArrayList<>();
        for (MappingNode part : keys.get("concat").list("concat")) {
            if (part.isMap()) {
                part.allowOnly("a part of concat", List.of("value"));
                parts.add(new Constant(part.require("value", "a constant part of concat").text("value")));
            } else {
                parts.add(new SourceColumn(part.text("a part of concat"), part.line()));
            }
        }
        if (parts.size() < 2 || parts.stream().noneMatch(p -> p instanceof SourceColumn)) {
            throw keys.get("concat").invalid("concat joins at least two parts, at least one of them a source column");
        }
        String separator = keys.containsKey("separator") ? keys.get("separator").text("separator") : "";
        return new Concatenation(parts, separator);
    }
}
