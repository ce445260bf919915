package org.stratum.app.workflow.foundations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.efforts.ImprovementEffort;
import org.stratum.app.workflow.efforts.ImprovementEfforts;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;

/**
 * The foundations discussion log in the JSON export. Discussions name the efforts they concerned by
 * title, and come after the improvement cycles (which hold the efforts) so those titles resolve.
 */
@Component
public class FoundationsDiscussionsPart implements WorkflowDataPart<FoundationsDiscussionsPart.Discussion> {

    /** A discussion as exported, oldest first. */
    public record Discussion(LocalDate heldOn, String participants, String reflections, List<String> efforts) {
    }

    private final FoundationsDiscussions discussions;
    private final ImprovementEfforts efforts;

    public FoundationsDiscussionsPart(FoundationsDiscussions discussions, ImprovementEfforts efforts) {
        this.discussions = discussions;
        this.efforts = efforts;
    }

    @Override
    public String name() {
        return "foundationsDiscussions";
    }

    @Override
    public Class<Discussion> type() {
        return Discussion.class;
    }

    @Override
    public int position() {
        return 85;
    }

    @Override
    public List<Discussion> export() {
        List<FoundationsDiscussion> oldestFirst = new ArrayList<>(discussions.list());
        oldestFirst.sort(Comparator.comparing(FoundationsDiscussion::heldOn).thenComparing(FoundationsDiscussion::id));
        return oldestFirst.stream().map(d -> new Discussion(d.heldOn(), d.participants(), d.reflections(),
                d.efforts().stream().map(ImprovementEffort::title).toList())).toList();
    }

    @Override
    public long storedRecords() {
        return discussions.list().size();
    }

    @Override
    public void importRecord(Discussion record, String username) {
        if (record.heldOn() == null) {
            throw new IllegalArgumentException("'heldOn' is missing");
        }
        List<ImprovementEffort> stored = efforts.list();
        List<Long> linked = (record.efforts() == null ? List.<String>of() : record.efforts()).stream()
                .map(title -> stored.stream().filter(e -> e.title().equals(title)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("'efforts' names no effort called '" + title + "'"))
                        .id())
                .toList();
        discussions.record(record.heldOn(), Fields.optional(record.participants(), "participants", 2000),
                Fields.required(record.reflections(), "reflections", 4000), linked, username);
    }

    @Override
    public String describe(Discussion record) {
        return "the discussion of " + record.heldOn();
    }
}
