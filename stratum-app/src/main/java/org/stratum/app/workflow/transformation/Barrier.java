package org.stratum.app.workflow.transformation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stratum.app.workflow.record.Stamp;

/**
 * An entry in the barrier and learning log.
 *
 * @param id          null before it is stored
 * @param raisedBy    who raised it (a person, a team, a community partner), in their words
 * @param escalatedTo to whom it was escalated; required once it is escalated
 */
public record Barrier(Long id, BarrierKind kind, String title, String description, String raisedBy, BarrierLevel level,
        String escalatedTo, BarrierStatus status, Stamp stamp) {

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind.label());
        fields.put("title", title);
        fields.put("description", description);
        fields.put("raised by", raisedBy);
        fields.put("level", level.label());
        fields.put("escalated to", escalatedTo);
        fields.put("status", status.label());
        return fields;
    }
}
