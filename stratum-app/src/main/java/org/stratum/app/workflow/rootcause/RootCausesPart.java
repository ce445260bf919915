package org.stratum.app.workflow.rootcause;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stratum.app.workflow.exchange.Fields;
import org.stratum.app.workflow.exchange.WorkflowDataPart;
import org.stratum.app.workflow.record.Stamp;

/** Root-cause analyses with their evidence and participants in the JSON export. */
@Component
public class RootCausesPart implements WorkflowDataPart<RootCausesPart.Analysis> {

    /** An analysis as exported. */
    public record Analysis(String title, String problem, String people, String process, String policy, String place,
            String community, String data, List<String> whys, String conclusion, List<Link> evidence,
            List<Person> participants) {
    }

    /** A piece of evidence: a page of the application. */
    public record Link(String title, String link) {
    }

    /** A participant, with perspective {@code staff}, {@code patient} or {@code community}. */
    public record Person(String name, String perspective) {
    }

    private final RootCauseAnalyses analyses;

    public RootCausesPart(RootCauseAnalyses analyses) {
        this.analyses = analyses;
    }

    @Override
    public String name() {
        return "rootCauseAnalyses";
    }

    @Override
    public Class<Analysis> type() {
        return Analysis.class;
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public List<Analysis> export() {
        return analyses.list().stream().map(a -> {
            Fishbone f = a.fishbone();
            return new Analysis(a.title(), a.problem(), f.people(), f.process(), f.policy(), f.place(), f.community(),
                    f.dataSystems(), a.whys(), a.conclusion(),
                    a.evidence().stream().map(e -> new Link(e.title(), e.link())).toList(),
                    a.participants().stream().map(p -> new Person(p.name(), p.perspective().code())).toList());
        }).toList();
    }

    @Override
    public long storedRecords() {
        return analyses.count();
    }

    @Override
    public void importRecord(Analysis record, String username) {
        List<String> whys = record.whys() == null ? List.of() : record.whys();
        if (whys.size() > RootCauseAnalysis.WHYS) {
            throw new IllegalArgumentException("'whys' holds more than " + RootCauseAnalysis.WHYS);
        }
        whys.forEach(why -> Fields.required(why, "whys", 1000));
        List<Evidence> evidence = (record.evidence() == null ? List.<Link>of() : record.evidence()).stream().map(link -> {
            if (!Evidence.isLocalLink(link.link())) {
                throw new IllegalArgumentException("'evidence' link '" + link.link() + "' is not a page of Stratum (a path starting with /)");
            }
            return new Evidence(Fields.required(link.title(), "evidence title", 200), link.link());
        }).toList();
        List<Participant> participants = (record.participants() == null ? List.<Person>of() : record.participants()).stream()
                .map(p -> new Participant(Fields.required(p.name(), "participant name", 200),
                        Fields.code(p.perspective(), "participant perspective", Perspective::ofCode)))
                .toList();
        analyses.create(new RootCauseAnalysis(null, Fields.required(record.title(), "title", 200),
                Fields.required(record.problem(), "problem", 2000),
                new Fishbone(Fields.optional(record.people(), "people", 2000), Fields.optional(record.process(), "process", 2000),
                        Fields.optional(record.policy(), "policy", 2000), Fields.optional(record.place(), "place", 2000),
                        Fields.optional(record.community(), "community", 2000), Fields.optional(record.data(), "data", 2000)),
                whys, Fields.optional(record.conclusion(), "conclusion", 2000), evidence, participants, Stamp.NEW), username);
    }

    @Override
    public String describe(Analysis record) {
        return "\"" + record.title() + "\"";
    }
}
