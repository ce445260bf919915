package org.stratum.app.workflow.rootcause;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.workflow.record.Changes;
import org.stratum.app.workflow.record.RecordNotFound;
import org.stratum.app.workflow.record.Stamp;
import org.stratum.app.workflow.record.StaleRecord;

/**
 * Root-cause analyses with their evidence and participants. An update names the version it was
 * based on and is refused ({@link StaleRecord}) when someone else saved the analysis since; every
 * creation and change is written to the audit log with what changed.
 */
@Repository
public class RootCauseAnalyses {

    static final String TABLE = "root_cause_analysis";
    private static final String SELECT = """
            SELECT id, title, problem, people, process, policy, place, community, data_systems,
                   why_1, why_2, why_3, why_4, why_5, conclusion, version, changed_by, changed_at
            FROM root_cause_analysis""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public RootCauseAnalyses(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stores a new analysis and returns its id. */
    @Transactional
    public long create(RootCauseAnalysis analysis, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        List<String> whys = paddedWhys(analysis);
        Fishbone f = analysis.fishbone();
        jdbc.sql("""
                        INSERT INTO root_cause_analysis (title, problem, people, process, policy, place, community, data_systems,
                            why_1, why_2, why_3, why_4, why_5, conclusion, created_by, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(analysis.title(), analysis.problem(), f.people(), f.process(), f.policy(), f.place(), f.community(),
                        f.dataSystems(), whys.get(0), whys.get(1), whys.get(2), whys.get(3), whys.get(4), analysis.conclusion(),
                        username, username)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        writeChildren(id, analysis);
        audit.record(username, "rootcause.create", TABLE + "/" + id, Changes.between(Map.of(), analysis.fields()));
        return id;
    }

    /**
     * Saves a changed analysis over the version it was read at.
     *
     * @throws StaleRecord when someone else saved the analysis after that version
     */
    @Transactional
    public void update(long id, RootCauseAnalysis changed, String username) {
        RootCauseAnalysis before = get(id);
        List<String> whys = paddedWhys(changed);
        Fishbone f = changed.fishbone();
        int updated = jdbc.sql("""
                        UPDATE root_cause_analysis SET title = ?, problem = ?, people = ?, process = ?, policy = ?, place = ?,
                            community = ?, data_systems = ?, why_1 = ?, why_2 = ?, why_3 = ?, why_4 = ?, why_5 = ?, conclusion = ?,
                            version = version + 1, changed_by = ?, changed_at = CURRENT_TIMESTAMP
                        WHERE id = ? AND version = ?""")
                .params(changed.title(), changed.problem(), f.people(), f.process(), f.policy(), f.place(), f.community(),
                        f.dataSystems(), whys.get(0), whys.get(1), whys.get(2), whys.get(3), whys.get(4), changed.conclusion(),
                        username, id, changed.stamp().version())
                .update();
        if (updated == 0) {
            throw new StaleRecord(TABLE + "/" + id, before.stamp().changedBy());
        }
        jdbc.sql("DELETE FROM root_cause_evidence WHERE analysis_id = ?").param(id).update();
        jdbc.sql("DELETE FROM root_cause_participant WHERE analysis_id = ?").param(id).update();
        writeChildren(id, changed);
        audit.record(username, "rootcause.change", TABLE + "/" + id, Changes.between(before.fields(), changed.fields()));
    }

    public RootCauseAnalysis get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("root-cause analysis", id));
    }

    public Optional<RootCauseAnalysis> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::analysis).optional();
    }

    /** Every analysis, oldest first. */
    public List<RootCauseAnalysis> list() {
        return jdbc.sql(SELECT + " ORDER BY id").query(this::analysis).list();
    }


    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM root_cause_analysis").query(Long.class).single();
    }

    private void writeChildren(long id, RootCauseAnalysis analysis) {
        for (int i = 0; i < analysis.evidence().size(); i++) {
            Evidence evidence = analysis.evidence().get(i);
            jdbc.sql("INSERT INTO root_cause_evidence (analysis_id, position, title, link) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, evidence.title(), evidence.link()).update();
        }
        for (int i = 0; i < analysis.participants().size(); i++) {
            Participant participant = analysis.participants().get(i);
            jdbc.sql("INSERT INTO root_cause_participant (analysis_id, position, name, perspective) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, participant.name(), participant.perspective().code()).update();
        }
    }

    private static List<String> paddedWhys(RootCauseAnalysis analysis) {
        if (analysis.whys().size() > RootCauseAnalysis.WHYS) {
            throw new IllegalArgumentException("At most " + RootCauseAnalysis.WHYS + " whys, not " + analysis.whys().size());
        }
        List<String> whys = new ArrayList<>(analysis.whys());
        while (whys.size() < RootCauseAnalysis.WHYS) {
            whys.add(null);
        }
        return whys;
    }

    private RootCauseAnalysis analysis(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<String> whys = new ArrayList<>();
        for (int i = 1; i <= RootCauseAnalysis.WHYS; i++) {
            String why = rs.getString("why_" + i);
            if (why != null) {
                whys.add(why);
            }
        }
        List<Evidence> evidence = jdbc.sql("SELECT title, link FROM root_cause_evidence WHERE analysis_id = ? ORDER BY position")
                .param(id).query((e, n) -> new Evidence(e.getString("title"), e.getString("link"))).list();
        List<Participant> participants = jdbc.sql(
                        "SELECT name, perspective FROM root_cause_participant WHERE analysis_id = ? ORDER BY position")
                .param(id).query((p, n) -> new Participant(p.getString("name"), Perspective.ofCode(p.getString("perspective"))))
                .list();
        return new RootCauseAnalysis(id, rs.getString("title"), rs.getString("problem"),
                new Fishbone(rs.getString("people"), rs.getString("process"), rs.getString("policy"), rs.getString("place"),
                        rs.getString("community"), rs.getString("data_systems")),
                whys, rs.getString("conclusion"), evidence, participants, Stamp.of(rs));
    }
}
