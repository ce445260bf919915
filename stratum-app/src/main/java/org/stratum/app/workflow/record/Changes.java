package org.stratum.app.workflow.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an edit changed, field by field, for the audit log: the history page shows it as "status:
 * open → escalated". Fields are compared in the order the record lists them.
 */
public final class Changes {
    private static final String NOTHING = "—";

    private Changes() {
    }

    /** The changed fields as one line; empty when nothing changed. */
    public static String between(Map<String, ?> before, Map<String, ?> after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, ?> field : after.entrySet()) {
            Object old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                changed.add(field.getKey() + ": " + shown(old) + " → " + shown(field.getValue()));
            }
        }
        return String.join("; ", changed);
    }

    private static String shown(Object value) {
        return value == null || value.toString().isBlank() ? NOTHING : value.toString();
    }
}
