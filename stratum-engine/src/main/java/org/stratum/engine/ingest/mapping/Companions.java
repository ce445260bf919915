package org.stratum.engine.ingest.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.stratum.engine.warehouse.WarehouseSchema;

/**
 * Which warehouse columns a value map may be used for, and the companion columns it then fills: a
 * race answer fills its system, display, response, OMB category and detail flag; a language fills
 * {@code language_response}; a code fills its system and display; a payer fills the Source of Payment
 * coding and keeps the local name as {@code payer_name}.
 */
final class Companions {
    private Companions() {
    }

    static void checkUse(MappingNode at, ValueMap map, String table, String target) {
        String column = table + "." + target;
        boolean fits = switch (map.kind()) {
            case RACE_ETHNICITY -> column.equals("patient_race_ethnicity.code");
            case LANGUAGE -> column.equals("patient.preferred_language") || column.equals("survey_response.language");
            case PAYER -> column.equals("coverage.payer_type");
            case CODE -> sibling(table, target, "system").isPresent();
            case VALUES -> true;
        };
        if (!fits) {
            throw at.invalid(map.label() + " is a " + map.kind().key() + " map, which cannot fill " + column + "; "
                    + switch (map.kind()) {
                        case RACE_ETHNICITY -> "use it for patient_race_ethnicity.code";
                        case LANGUAGE -> "use it for patient.preferred_language";
                        case PAYER -> "use it for coverage.payer_type";
                        default -> "a code map fills a code column beside a system column; use a values map here";
                    });
        }
    }

    /** The columns a mapped column's value map fills besides the column itself, with the part each takes. */
    static Map<String, MappedField> of(String table, ColumnMapping column) {
        Map<String, MappedField> filled = new LinkedHashMap<>();
        if (column.map() == null) {
            return filled;
        }
        switch (column.map().kind()) {
            case RACE_ETHNICITY -> {
                filled.put("system", MappedField.SYSTEM);
                filled.put("display", MappedField.DISPLAY);
                filled.put("response", MappedField.RESPONSE);
                filled.put("omb_category", MappedField.OMB_CATEGORY);
                filled.put("detailed", MappedField.DETAILED);
            }
            case LANGUAGE -> {
                if (table.equals("patient")) {
                    filled.put("language_response", MappedField.RESPONSE);
                }
            }
            case CODE -> {
                sibling(table, column.target(), "system").ifPresent(s -> filled.put(s, MappedField.SYSTEM));
                sibling(table, column.target(), "display").ifPresent(d -> filled.put(d, MappedField.DISPLAY));
            }
            case PAYER -> {
                filled.put("system", MappedField.SYSTEM);
                filled.put("code", MappedField.CODE);
                filled.put("display", MappedField.DISPLAY);
                filled.put("payer_name", MappedField.LOCAL);
            }
            case VALUES -> {
                // a plain value fills only its own column
            }
        }
        return filled;
    }

    /** The system (or display) column beside a code column: code → system, value_code → value_system. */
    static Optional<String> sibling(String table, String codeColumn, String part) {
        String name;
        if (codeColumn.equals("code")) {
            name = part;
        } else if (codeColumn.endsWith("_code") && !codeColumn.equals("class_code")) {
            name = codeColumn.substring(0, codeColumn.length() - "code".length()) + part;
        } else {
            return Optional.empty();
        }
        return WarehouseSchema.columns(table).stream().map(WarehouseSchema.Column::name).filter(name::equals).findFirst();
    }
}
