package org.stratum.app.workflow.rootcause;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stratum.app.workflow.record.Stamp;

/**
 * A root-cause analysis of one inequity (toolkit Opportunity 4): the problem, a fishbone, the five
 * whys and what the team concluded, the evidence it rests on and who took part.
 *
 * @param id    null before it is stored
 * @param whys  the answers to "why?", in order, at most five, no blanks
 */
public record RootCauseAnalysis(Long id, String title, String problem, Fishbone fishbone, List<String> whys,
        String conclusion, List<Evidence> evidence, List<Participant> participants, Stamp stamp) {

    public static final int WHYS = 5;

    public RootCauseAnalysis {
        whys = List.copyOf(whys);
        evidence = List.copyOf(evidence);
        participants = List.copyOf(participants);
    }

    /** Whether patients or community members took part, as the toolkit asks. */
    public boolean heardPatientsOrCommunity() {
        return participants.stream().anyMatch(p -> p.perspective() != Perspective.STAFF);
    }

    /** The fields as the history shows their changes. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("problem", problem);
        fishbone.areas().forEach(fields::put);
        for (int i = 0; i < WHYS; i++) {
            fields.put("why " + (i + 1), i < whys.size() ? whys.get(i) : null);
        }
        fields.put("conclusion", conclusion);
        fields.put("evidence", evidence.stream().map(e -> e.title() + " <" + e.link() + ">").collect(Collectors.joining(", ")));
        fields.put("participants", participants.stream().map(p -> p.name() + " (" + p.perspective().label() + ")")
                .collect(Collectors.joining(", ")));
        return fields;
    }
}
