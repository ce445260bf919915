package org.stratum.app.workflow.rootcause;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fishbone (Ishikawa) diagram in the toolkit's six areas of cause; each area holds the team's notes,
 * or null when nothing was found there.
 */
public record Fishbone(String people, String process, String policy, String place, String community, String dataSystems) {

    /** The areas with their headings, in the order the toolkit names them. */
    public Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("People", people);
        areas.put("Process", process);
        areas.put("Policy", policy);
        areas.put("Place", place);
        areas.put("Patients and community", community);
        areas.put("Data", dataSystems);
        return areas;
    }
}
