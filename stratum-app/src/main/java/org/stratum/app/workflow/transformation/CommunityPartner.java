package org.stratum.app.workflow.transformation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stratum.app.workflow.record.Stamp;

/** A community partner and what the organisation does together with it. */
public record CommunityPartner(Long id, String name, String description, String jointActions, Stamp stamp) {

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("joint actions", jointActions);
        return fields;
    }
}
