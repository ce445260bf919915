package org.stratum.engine.ingest.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratum.core.real.ResponseStatus;

/** Reads the {@code value-maps} section: each map's kind and its local values with what they stand for. */
final class ValueMapReader {
    private static final List<String> MAP_KEYS = List.of("kind", "system", "values");

    private ValueMapReader() {
    }

    static Map<String, ValueMap> read(MappingNode section) {
        Map<String, ValueMap> maps = new LinkedHashMap<>();
        section.map("value-maps").forEach((name, node) -> maps.put(name, map(name, node)));
        return maps;
    }

    private static ValueMap map(String name, MappingNode node) {
        node.allowOnly("value map " + name, MAP_KEYS);
        ValueMapKind kind = ValueMapKind.of(node.require("kind", "value map " + name));
        String system = null;
        if (kind == ValueMapKind.CODE) {
            system = CodeSystemNames.uri(node.require("system", "a code value map"));
        } else if (node.get("system").isPresent()) {
            throw node.get("system").get().invalid("only a code value map names a system");
        }
        Map<String, MappedValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, MappingNode> entry : node.require("values", "value map " + name).map("values").entrySet()) {
            MappedValue value = value(kind, system, entry.getKey(), entry.getValue());
            MappedValue earlier = values.put(ValueMap.key(entry.getKey()), value);
            if (earlier != null) {
                throw entry.getValue().invalid("\"" + entry.getKey() + "\" is the same local value as \"" + earlier.local()
                        + "\" on line " + earlier.line() + " (lookups ignore case and surrounding spaces)");
            }
        }
        return new ValueMap(name, node.line(), kind, system, values);
    }

    private static MappedValue value(ValueMapKind kind, String system, String local, MappingNode node) {
        return switch (kind) {
            case RACE_ETHNICITY -> RaceEthnicityAnswers.of(local, node.line(), node.text("a race or ethnicity answer"))
                    .orElseThrow(() -> node.invalid("\"" + node.text("") + "\" is not a CDC race or ethnicity code"
                            + " (e.g. 2106-3, 2135-2) nor declined, unknown or asked-no-answer"));
            case LANGUAGE -> language(local, node);
            case CODE -> code(local, system, node);
            case PAYER -> node.isMap() ? payer(local, node)
                    : PayerTypes.of(node, local, node.text("a payer type"), null, null);
            case VALUES -> MappedValue.plain(local, node.line(), node.text("the standard value"));
        };
    }

    private static MappedValue language(String local, MappingNode node) {
        String target = node.text("a language");
        if (target.equals(ResponseStatus.DECLINED.code()) || target.equals(ResponseStatus.UNKNOWN.code())) {
            return new MappedValue(local, node.line(), null, null, null, null, target, null, null);
        }
        return new MappedValue(local, node.line(), LanguageTags.check(node, target), null, null, null,
                ResponseStatus.ANSWERED.code(), null, null);
    }

    private static MappedValue code(String local, String system, MappingNode node) {
        String code;
        String display = null;
        if (node.isMap()) {
            node.allowOnly("a code", List.of("code", "display"));
            code = node.require("code", "a code").text("code");
            display = node.get("display").map(d -> d.text("display")).orElse(null);
        } else {
            code = node.text("a code");
        }
        String normalised = CodeSystemNames.normalise(system, code);
        CodeSystemNames.check(node, system, normalised);
        return MappedValue.coding(local, node.line(), system, normalised, display);
    }

    private static MappedValue payer(String local, MappingNode node) {
        node.allowOnly("a payer", List.of("payer-type", "code", "display"));
        return PayerTypes.of(node, local, node.require("payer-type", "a payer").text("payer-type"),
                node.get("code").map(c -> c.text("code")).orElse(null),
                node.get("display").map(d -> d.text("display")).orElse(null));
    }
}
