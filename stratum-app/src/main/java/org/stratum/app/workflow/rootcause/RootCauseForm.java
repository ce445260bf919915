package org.stratum.app.workflow.rootcause;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;
import org.stratum.app.workflow.record.Stamp;

/**
 * The form that records or changes a root-cause analysis. It offers a fixed number of evidence and
 * participant rows; rows left blank are ignored.
 */
public class RootCauseForm {
    static final int EVIDENCE_ROWS = 4;
    static final int PARTICIPANT_ROWS = 6;

    @NotBlank(message = "Give the analysis a title.")
    @Size(max = 200, message = "A title is at most 200 characters.")
    private String title = "";

    @NotBlank(message = "Describe the inequity being analysed.")
    @Size(max = 2000, message = "At most 2000 characters.")
    private String problem = "";

    @Size(max = 2000, message = "At most 2000 characters.")
    private String people;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String process;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String policy;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String place;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String community;
    @Size(max = 2000, message = "At most 2000 characters.")
    private String dataSystems;

    private List<@Size(max = 1000, message = "At most 1000 characters.") String> whys = blanks(RootCauseAnalysis.WHYS);

    @Size(max = 2000, message = "At most 2000 characters.")
    private String conclusion;

    @Valid
    private List<EvidenceRow> evidence = rows(EVIDENCE_ROWS, EvidenceRow::new);

    @Valid
    private List<ParticipantRow> participants = rows(PARTICIPANT_ROWS, ParticipantRow::new);

    /** The version of the analysis the form was filled from; 0 for a new one. */
    private long version;

    static RootCauseForm of(RootCauseAnalysis analysis) {
        RootCauseForm form = new RootCauseForm();
        form.title = analysis.title();
        form.problem = analysis.problem();
        Fishbone f = analysis.fishbone();
        form.people = f.people();
        form.process = f.process();
        form.policy = f.policy();
        form.place = f.place();
        form.community = f.community();
        form.dataSystems = f.dataSystems();
        for (int i = 0; i < analysis.whys().size(); i++) {
            form.whys.set(i, analysis.whys().get(i));
        }
        form.conclusion = analysis.conclusion();
        form.evidence = new ArrayList<>(analysis.evidence().stream().map(e -> new EvidenceRow(e.title(), e.link())).toList());
        form.evidence.addAll(rows(EVIDENCE_ROWS, EvidenceRow::new));
        form.participants = new ArrayList<>(analysis.participants().stream()
                .map(p -> new ParticipantRow(p.name(), p.perspective())).toList());
        form.participants.addAll(rows(PARTICIPANT_ROWS, ParticipantRow::new));
        form.version = analysis.stamp().version();
        return form;
    }

    /** Checks what annotations cannot: each evidence row with a link has a title and a local link, and so on. */
    void check(Errors errors) {
        if (whys.size() > RootCauseAnalysis.WHYS) {
            errors.rejectValue("whys", "count", "At most " + RootCauseAnalysis.WHYS + " whys.");
        }
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceRow row = evidence.get(i);
            if (row.isBlank()) {
                continue;
            }
            if (isBlank(row.getTitle())) {
                errors.rejectValue("evidence[" + i + "].title", "required", "Give the evidence a title.");
            }
            if (!Evidence.isLocalLink(trimmed(row.getLink()))) {
                errors.rejectValue("evidence[" + i + "].link", "local",
                        "Link to a page of Stratum: a path starting with /, such as /views/12 or /measures.");
            }
        }
        for (int i = 0; i < participants.size(); i++) {
            ParticipantRow row = participants.get(i);
            if (!isBlank(row.getName()) && row.getPerspective() == null) {
                errors.rejectValue("participants[" + i + "].perspective", "required",
                        "Say whether this person took part as staff, a patient or a community member.");
            }
        }
    }

    RootCauseAnalysis analysis(Long id) {
        List<String> givenWhys = whys.stream().filter(w -> !isBlank(w)).map(String::strip).toList();
        List<Evidence> links = evidence.stream().filter(r -> !r.isBlank())
                .map(r -> new Evidence(r.getTitle().strip(), r.getLink().strip())).toList();
        List<Participant> people = participants.stream().filter(r -> !isBlank(r.getName()))
                .map(r -> new Participant(r.getName().strip(), r.getPerspective())).toList();
        return new RootCauseAnalysis(id, title.strip(), problem.strip(),
                new Fishbone(trimmed(this.people), trimmed(process), trimmed(policy), trimmed(place), trimmed(community),
                        trimmed(dataSystems)),
                givenWhys, trimmed(conclusion), links, people, new Stamp(version, null, null));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static List<String> blanks(int size) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add("");
        }
        return list;
    }

    private static <T> List<T> rows(int size, java.util.function.Supplier<T> row) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(row.get());
        }
        return list;
    }

    /** One evidence row of the form. */
    public static class EvidenceRow {
        @Size(max = 200, message = "A title is at most 200 characters.")
        private String title;
        @Size(max = 1000, message = "A link is at most 1000 characters.")
        private String link;

        public EvidenceRow() {
        }

        EvidenceRow(String title, String link) {
            this.title = title;
            this.link = link;
        }

        boolean isBlank() {
            return RootCauseForm.isBlank(title) && RootCauseForm.isBlank(link);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
    }

    /** One participant row of the form. */
    public static class ParticipantRow {
        @Size(max = 200, message = "A name is at most 200 characters.")
        private String name;
        private Perspective perspective;

        public ParticipantRow() {
        }

        ParticipantRow(String name, Perspective perspective) {
            this.name = name;
            this.perspective = perspective;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Perspective getPerspective() { return perspective; }
        public void setPerspective(Perspective perspective) { this.perspective = perspective; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
    public String getProcess() { return process; }
    public void setProcess(String process) { this.process = process; }
    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { this.policy = policy; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getCommunity() { return community; }
    public void setCommunity(String community) { this.community = community; }
    public String getDataSystems() { return dataSystems; }
    public void setDataSystems(String dataSystems) { this.dataSystems = dataSystems; }
    public List<String> getWhys() { return whys; }
    public void setWhys(List<String> whys) { this.whys = whys; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public List<EvidenceRow> getEvidence() { return evidence; }
    public void setEvidence(List<EvidenceRow> evidence) { this.evidence = evidence; }
    public List<ParticipantRow> getParticipants() { return participants; }
    public void setParticipants(List<ParticipantRow> participants) { this.participants = participants; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
