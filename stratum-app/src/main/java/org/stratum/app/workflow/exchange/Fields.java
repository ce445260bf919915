package org.stratum.app.workflow.exchange;

/** Checks of imported fields, each failing with a message that names the field. */
public final class Fields {
    private Fields() {
    }

    /** The text, which must be present and at most {@code maximum} characters long. */
    public static String required(String value, String field, int maximum) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return optional(value, field, maximum);
    }

    /** The text or null, at most {@code maximum} characters long. */
    public static String optional(String value, String field, int maximum) {
        if (value != null && value.length() > maximum) {
            throw new IllegalArgumentException("'" + field + "' is longer than " + maximum + " characters");
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** The enum constant whose code the value is. */
    public static <E> E code(String value, String field, java.util.function.Function<String, E> ofCode) {
        String given = required(value, field, 100);
        try {
            return ofCode.apply(given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' has an unknown value '" + given + "'");
        }
    }
}
