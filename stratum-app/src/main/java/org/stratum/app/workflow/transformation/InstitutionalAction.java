package org.stratum.app.workflow.transformation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stratum.app.workflow.record.Stamp;

/** A change the institution makes so that equity lasts: to a policy, a workflow, staffing, budget or data systems. */
public record InstitutionalAction(Long id, ActionKind kind, String title, String description, String owner,
        ActionStatus status, Stamp stamp) {

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind.label());
        fields.put("title", title);
        fields.put("description", description);
        fields.put("owner", owner);
        fields.put("status", status.label());
        return fields;
    }
}
